package be.sitegate.central;

import be.sitegate.domain.Remark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.StubCentral.Reply;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.pki.Certificates;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The client against a scriptable HTTPS peer: exact answers, every code, every failure. */
class CentralClientTest {

    static final WorkplaceId SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    static final Inss ANNA = Inss.parse("85073003328");
    static final EnterpriseNumber BUILDER = EnterpriseNumber.parse("0566988259");
    static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    private StubCentral stub;
    private CentralClient client;

    @BeforeEach
    void setUp() throws Exception {
        stub = new StubCentral();
        client = clientFor(stub, StubCentral.CLIENT_KEYS, List.of(stub.ca));
    }

    private CentralClient clientFor(StubCentral s, java.security.KeyPair keys, List<java.security.cert.X509Certificate> cas) {
        CentralConfig config = CentralConfig.of(s.baseUrl(), cas, s.technicalUser("sitegate-test", keys))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(4))
                .withSearchPageSize(2);
        return new CentralClient(config, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        client.close();
        stub.close();
    }

    static String registration(String id, String ref, String status, String... remarks) {
        String r = Arrays.stream(remarks).map(x -> "\"" + x + "\"").reduce((a, b) -> a + "," + b).orElse("");
        return "{\"presenceRegistrationId\":\"" + id + "\"," + (ref == null ? "" : "\"clientReference\":\"" + ref + "\",")
                + "\"workplaceId\":\"1Y101DRUNWB5Z\",\"registrationDate\":\"2026-11-23\",\"inss\":\"85073003328\","
                + "\"companyId\":\"0566988259\",\"creationDate\":\"2026-11-23T08:00:00+01:00\",\"channel\":\"GATEWAY\","
                + "\"sender\":\"0566988259\",\"sector\":1,\"status\":\"" + status + "\",\"remarks\":[" + r + "]}";
    }

    static PresenceItem item(String ref) {
        return new PresenceItem(new ClientReference(ref), SITE, DAY, WorkerId.of(ANNA), Optional.of(BUILDER),
                Optional.empty(), Optional.empty());
    }

    private void answerRegister(String results) {
        stub.on("POST", "/api/v1/presences", s -> Reply.json("{\"results\":[" + results + "]}"));
    }

    @Test
    void aTokenEndpointOfItsOwnIsAskedAndIsTheAssertionsAudience() {
        // The real service's token endpoint is .../REST/oauth/v5/token, beside the presence base URL.
        stub.tokenPath = "/REST/oauth/v5/token";
        CentralConfig config = CentralConfig.of(stub.baseUrl(), List.of(stub.ca),
                stub.technicalUser("sitegate-test", StubCentral.CLIENT_KEYS))
                .withTokenUrl(java.net.URI.create(stub.baseUrl() + "/REST/oauth/v5/token"));
        answerRegister("{\"clientReference\":\"R1\",\"created\":true,\"registration\":"
                + registration("123456789012", "R1", "SUCCESSFULLY REGISTERED") + "}");
        try (CentralClient own = new CentralClient(config, Clock.systemUTC())) {
            assertThat(own.register(List.of(item("R1")))).hasSize(1);
        }
        assertThat(stub.tokenRequests.get()).isEqualTo(1);
        assertThat(stub.assertionProblems).isEmpty();
    }

    @Test
    void registersAndMapsTheReceiptAndReusesTheTokenAcrossCalls() {
        answerRegister("{\"clientReference\":\"R1\",\"created\":true,\"registration\":"
                + registration("123456789012", "R1", "SUCCESSFULLY REGISTERED") + "}");
        List<ItemResult> first = client.register(List.of(item("R1")));
        client.register(List.of(item("R1")));
        client.register(List.of(item("R1")));

        ItemResult.Created created = (ItemResult.Created) first.get(0);
        assertThat(created.registration().presenceRegistrationId()).isEqualTo("123456789012");
        assertThat(created.registration().status()).isEqualTo(RegistrationStatus.SUCCESSFULLY_REGISTERED);
        assertThat(created.registration().worker()).isEqualTo(WorkerId.of(ANNA));
        assertThat(created.registration().creationDate()).isEqualTo(Instant.parse("2026-11-23T07:00:00Z"));
        assertThat(stub.tokenRequests.get()).isEqualTo(1);
        assertThat(stub.assertionProblems).isEmpty();
        assertThat(stub.apiCalls().get(0).body()).contains("\"inss\":\"85073003328\"", "\"companyId\":\"0566988259\"",
                "\"clientReference\":\"R1\"").doesNotContain("direction");
    }

    @Test
    void anEcTechnicalUserIsRefusedBeforeAnythingIsSentForTheServiceTakesRs256Only() {
        assertThatThrownBy(() -> clientFor(stub, Certificates.ecP384(), List.of(stub.ca)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("RS256");
        assertThat(stub.apiCalls()).isEmpty();
    }

    @Test
    void aRefusedTokenIsRenewedOnceAndTheCallRepeated() {
        answerRegister("{\"clientReference\":\"R1\",\"created\":true,\"registration\":"
                + registration("1", "R1", "VALIDATED") + "}");
        client.register(List.of(item("R1")));
        stub.expireAllTokens();
        assertThat(client.register(List.of(item("R1")))).hasSize(1);
        assertThat(stub.tokenRequests.get()).isEqualTo(2);
        assertThat(stub.apiCalls()).hasSize(3);
    }

    @Test
    void aTokenRefusedTwiceIsAnAuthenticationFailure() {
        stub.on("POST", "/api/v1/presences", s -> {
            stub.expireAllTokens();
            return new Reply(401, "{\"code\":\"INVALID_TOKEN\"}");
        });
        assertThatThrownBy(() -> client.register(List.of(item("R1"))))
                .isInstanceOfSatisfying(CentralAuthenticationException.class,
                        e -> assertThat(e.reason()).isEqualTo(CentralAuthenticationException.Reason.TOKEN_REFUSED));
        assertThat(stub.apiCalls()).hasSize(2);
    }

    @Test
    void aRefusedClientAssertionIsAnAuthenticationFailure() {
        stub.refuseClient = true;
        assertThatThrownBy(() -> client.register(List.of(item("R1"))))
                .isInstanceOfSatisfying(CentralAuthenticationException.class,
                        e -> assertThat(e.reason()).isEqualTo(CentralAuthenticationException.Reason.CLIENT_REFUSED));
    }

    @Test
    void aShortLivedTokenIsRenewedBeforeItExpires() {
        stub.expiresIn = 1; // renewal margin is a tenth of the lifetime: renewed after 0.9 s at most
        answerRegister("{\"clientReference\":\"R1\",\"created\":true,\"registration\":"
                + registration("1", "R1", "VALIDATED") + "}");
        client.register(List.of(item("R1")));
        int calls = 1;
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (stub.tokenRequests.get() < 2 && System.nanoTime() < end) {
            client.register(List.of(item("R1")));
            calls++;
        }
        assertThat(stub.tokenRequests.get()).isGreaterThanOrEqualTo(2);
        // one API request per call: the cached token was replaced on time, never refused and repeated
        assertThat(stub.apiCalls()).hasSize(calls);
    }

    @ParameterizedTest
    @CsvSource({
        "COMPANY IS NOT KNOWN AS BUILDER OR SUBCONTRACTOR IN THIS DUC, COMPANY_NOT_IN_DUC",
        "NISS IS NOT KNOW IN THE NATIONAL REGISTER, NISS_NOT_IN_NATIONAL_REGISTER",
        "LIMOSA ID IS NOT ACTIVE AT DATE, LIMOSA_NOT_ACTIVE",
        "EMPLOYER NOT ACTIVE, EMPLOYER_NOT_ACTIVE",
        "RELATED DIMONA NOT OK, RELATED_DIMONA_NOT_OK",
        "SOMETHING NEW, OTHER"})
    void everyRemarkOfAFailedRegistrationIsKeptAndClassified(String text, Remark remark) {
        answerRegister("{\"clientReference\":\"R1\",\"created\":true,\"registration\":"
                + registration("42", "R1", "FAILED", text) + "}");
        ItemResult.Created r = (ItemResult.Created) client.register(List.of(item("R1"))).get(0);
        assertThat(r.registration().status()).isEqualTo(RegistrationStatus.FAILED);
        assertThat(r.registration().presenceRegistrationId()).isEqualTo("42");
        assertThat(r.registration().remarks()).containsExactly(text);
        assertThat(Remark.of(text)).isEqualTo(remark);
    }

    @ParameterizedTest
    @CsvSource({
        "INVALID_INSS, INSS IS NOT VALID",
        "INVALID_COMPANY_ID, COMPANY ID IS NOT VALID",
        "INVALID_LIMOSA_ID, LIMOSA ID IS NOT VALID",
        "INVALID_PERSON, EITHER INSS WITH COMPANY ID OR LIMOSA ID IS REQUIRED",
        "INVALID_DATE, REGISTRATION DATE MUST BE TODAY OR TOMORROW",
        "DUC_NOT_EXISTING, DUC IS NOT EXISTING",
        "SITE_NOT_SUBJECT, SITE IS NOT SUBJECT TO PRESENCE REGISTRATION",
        "LIMOSA_NOT_KNOWN, LIMOSA ID IS NOT KNOWN"})
    void everyErrorCodeOfANotCreatedItemMaps(String code, String description) {
        answerRegister("{\"clientReference\":\"R1\",\"created\":false,\"errors\":[{\"code\":\"" + code
                + "\",\"description\":\"" + description + "\"}]}");
        ItemResult.NotCreated r = (ItemResult.NotCreated) client.register(List.of(item("R1"))).get(0);
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.known()).isEqualTo(CentralError.Code.valueOf(code));
            assertThat(e.description()).isEqualTo(description);
        });
        assertThat(r.existingRegistrationId()).isEmpty();
    }

    @Test
    void alreadyRegisteredCarriesTheExistingReceiptOnTheErrorOrTheResult() {
        answerRegister("{\"clientReference\":\"R1\",\"created\":false,\"errors\":[{\"code\":\"ALREADY_REGISTERED\","
                + "\"description\":\"SAME DECLARATION HAS ALREADY BEEN REGISTERED\",\"existingRegistrationId\":\"777\"}]},"
                + "{\"clientReference\":\"R2\",\"created\":false,\"existingRegistrationId\":\"888\",\"errors\":["
                + "{\"code\":\"ALREADY_REGISTERED\",\"description\":\"SAME DECLARATION HAS ALREADY BEEN REGISTERED\"}]}");
        List<ItemResult> r = client.register(List.of(item("R1"), item("R2")));
        assertThat(((ItemResult.NotCreated) r.get(0)).existingRegistrationId()).contains("777");
        assertThat(((ItemResult.NotCreated) r.get(1)).existingRegistrationId()).contains("888");
    }

    @Test
    void eventsAndLimosaItemsAreSentInTheirForm() {
        answerRegister("{\"clientReference\":\"E1\",\"created\":false,\"errors\":[{\"code\":\"LIMOSA_NOT_KNOWN\","
                + "\"description\":\"LIMOSA ID IS NOT KNOWN\"}]}");
        Instant at = Instant.parse("2026-11-23T06:30:00Z");
        client.register(List.of(new PresenceItem(new ClientReference("E1"), SITE, DAY,
                WorkerId.of(LimosaId.parse("12345678901234567")), Optional.empty(), Optional.of(Direction.IN),
                Optional.of(at))));
        assertThat(stub.apiCalls().get(0).body()).contains("\"limosaId\":\"12345678901234567\"", "\"direction\":\"IN\"",
                "\"timestamp\":\"2026-11-23T06:30:00Z\"").doesNotContain("inss", "companyId");
    }

    @Test
    void moreThanTwoHundredItemsNeverLeaveTheKiosk() {
        List<PresenceItem> items = new ArrayList<>();
        for (int i = 0; i < 201; i++) {
            items.add(item("R" + i));
        }
        assertThatThrownBy(() -> client.register(items)).isInstanceOf(IllegalArgumentException.class);
        assertThat(stub.seen).isEmpty();
    }

    @Test
    void initialisationMapsTheWorkplaceAndWipesThePassword() {
        stub.on("POST", "/api/v1/kiosk/initialisations", s -> Reply.json(
                "{\"contractor\":{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\"},\"workplace\":{\"id\":"
                        + "\"1Y101DRUNWB5Z\",\"address\":\"Kerkstraat 1, Gent\",\"sector\":1,\"mode\":\"CIAOW\","
                        + "\"companies\":[{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\",\"role\":\"BUILDER\"}]}}"));
        char[] password = "p\"a\\ss é".toCharArray();
        Initialisation init = client.initialise("jan", password, SITE);

        assertThat(password).containsOnly('\0');
        assertThat(init.contractor().enterpriseNumber()).isEqualTo(BUILDER);
        assertThat(init.workplace().mode()).isEqualTo(RegistrationMode.CIAOW);
        assertThat(init.workplace().sector()).isEqualTo(Sector.CONSTRUCTION);
        assertThat(init.workplace().companies()).extracting(c -> c.name()).containsExactly("Bouw NV");
        assertThat(readJson(stub.apiCalls().get(0).body()).path("password").asText()).isEqualTo("p\"a\\ss é");
    }

    private static com.fasterxml.jackson.databind.JsonNode readJson(String text) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(text);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @CsvSource({"401, BAD_CREDENTIALS", "403, WORKPLACE_NOT_ALLOWED", "404, UNKNOWN_WORKPLACE", "409, SITE_NOT_SUBJECT",
        "429, TOO_MANY_ATTEMPTS"})
    void initialisationRefusalsAreTyped(int status, InitialisationRefusedException.Reason reason) {
        stub.on("POST", "/api/v1/kiosk/initialisations", s -> new Reply(status,
                "{\"code\":\"" + reason + "\",\"message\":\"no\"" + (status == 429 ? ",\"retryAfterSeconds\":90" : "") + "}"));
        char[] password = "secret".toCharArray();
        assertThatThrownBy(() -> client.initialise("jan", password, SITE))
                .isInstanceOfSatisfying(InitialisationRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.retryAfter()).isEqualTo(status == 429 ? Optional.of(Duration.ofSeconds(90))
                            : Optional.empty());
                });
        assertThat(password).containsOnly('\0');
        assertThat(stub.tokenRequests.get()).isEqualTo(1); // a bad password is not a bad token
    }

    @Test
    void employerLookUpKeepsTheNationalNumberOutOfTheUrl() {
        stub.on("POST", "/api/v1/employer-lookups", s -> Reply.json(
                "{\"employers\":[{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\"}]}"));
        assertThat(client.employersOf(SITE, ANNA, DAY)).extracting(c -> c.enterpriseNumber()).containsExactly(BUILDER);
        StubCentral.Seen call = stub.apiCalls().get(0);
        assertThat(call.query()).isNull();
        assertThat(call.body()).contains("85073003328");
    }

    @Test
    void searchFollowsEveryPage() {
        AtomicInteger pages = new AtomicInteger();
        stub.on("GET", "/api/v1/presences", s -> {
            int page = pages.incrementAndGet();
            String items = page < 3 ? registration("1" + page, null, "VALIDATED") + "," + registration("2" + page, null,
                    "VALIDATED") : registration("99", "SGX", "SUCCESSFULLY CANCELLED");
            return Reply.json("{\"items\":[" + items + "],\"page\":" + page + ",\"pageSize\":2,\"total\":5}");
        });
        List<CentralRegistration> all = client.search(SITE, DAY, DAY);
        assertThat(all).extracting(CentralRegistration::presenceRegistrationId).containsExactly("11", "21", "12", "22", "99");
        assertThat(stub.apiCalls()).extracting(StubCentral.Seen::query).allMatch(q -> q.contains("workplaceId=1Y101DRUNWB5Z")
                && q.contains("from=2026-11-23") && q.contains("to=2026-11-23") && q.contains("pageSize=2"));
        assertThat(stub.apiCalls().get(2).query()).contains("page=3");
    }

    @Test
    void tooManySearchResultsIsARefusedRequest() {
        stub.on("GET", "/api/v1/presences", s -> new Reply(400, "{\"code\":\"TOO_MANY_RESULTS\",\"message\":\"narrow\"}"));
        assertThatThrownBy(() -> client.search(SITE, DAY, DAY)).isInstanceOfSatisfying(
                CentralRequestRefusedException.class, e -> assertThat(e.code()).isEqualTo("TOO_MANY_RESULTS"));
    }

    @Test
    void getReturnsTheHistoryAndEmptyForAnUnknownId() {
        stub.on("GET", "/api/v1/presences/42", s -> Reply.json(registration("42", "R1", "FAILED", "RELATED DIMONA NOT OK")
                .replaceFirst("}$", ",\"history\":[{\"at\":\"2026-11-23T08:00:00+01:00\",\"status\":\"SUCCESSFULLY REGISTERED\","
                        + "\"remarks\":[]},{\"at\":\"2026-11-23T09:00:00+01:00\",\"status\":\"FAILED\",\"remarks\":"
                        + "[\"RELATED DIMONA NOT OK\"]}]}")));
        stub.on("GET", "/api/v1/presences/43", s -> new Reply(404, "{\"code\":\"UNKNOWN_REGISTRATION\",\"message\":\"?\"}"));
        CentralRegistration r = client.get("42").orElseThrow();
        assertThat(r.history()).extracting(HistoryEntry::status).containsExactly(
                RegistrationStatus.SUCCESSFULLY_REGISTERED, RegistrationStatus.FAILED);
        assertThat(r.history().get(1).remarks()).containsExactly("RELATED DIMONA NOT OK");
        assertThat(client.get("43")).isEmpty();
    }

    @Test
    void cancelMapsBothOutcomes() {
        stub.on("POST", "/api/v1/presences/cancellations", s -> Reply.json("{\"results\":[{\"presenceRegistrationId\":"
                + "\"42\",\"cancelled\":true,\"registration\":" + registration("42", "R1", "SUCCESSFULLY CANCELLED")
                + "},{\"presenceRegistrationId\":\"43\",\"cancelled\":false,\"errors\":[{\"code\":\"ALREADY_CANCELLED\","
                + "\"description\":\"ALREADY CANCELLED\"}]}]}"));
        List<CancelResult> r = client.cancel(List.of(new Cancellation("42", CancellationReason.HOLIDAY),
                new Cancellation("43", CancellationReason.C32A)));
        assertThat(((CancelResult.Cancelled) r.get(0)).registration().status())
                .isEqualTo(RegistrationStatus.SUCCESSFULLY_CANCELLED);
        assertThat(((CancelResult.NotCancelled) r.get(1)).errors().get(0).known())
                .isEqualTo(CentralError.Code.ALREADY_CANCELLED);
        assertThat(stub.apiCalls().get(0).body()).contains("\"reason\":\"HOLIDAY\"", "\"reason\":\"C32A\"");
    }

    @ParameterizedTest
    @CsvSource({"500, SERVER_ERROR", "502, SERVER_ERROR", "503, OUTAGE"})
    void serverErrorsAreUnavailableWithTheirStatus(int status, CentralUnavailableException.Reason reason) {
        stub.on("POST", "/api/v1/presences", s -> new Reply(status, "{\"code\":\"X\",\"message\":\"x\"}"));
        assertThatThrownBy(() -> client.register(List.of(item("R1")))).isInstanceOfSatisfying(
                CentralUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.httpStatus()).hasValue(status);
                });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "not json at all",
        "{\"results\":[]}",
        "{\"results\":[{\"clientReference\":\"OTHER\",\"created\":false,\"errors\":[{\"code\":\"X\",\"description\":\"\"}]}]}",
        "{\"results\":[{\"clientReference\":\"R1\",\"created\":true,\"registration\":{\"presenceRegistrationId\":\"1\"}}]}",
        "[]"})
    void answersThatBreakTheContractAreMalformed(String body) {
        stub.on("POST", "/api/v1/presences", s -> Reply.json(body));
        assertThatThrownBy(() -> client.register(List.of(item("R1")))).isInstanceOfSatisfying(
                CentralUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(CentralUnavailableException.Reason.MALFORMED_ANSWER));
    }

    @Test
    void aDroppedAnswerIsANetworkFailure() {
        stub.on("POST", "/api/v1/presences", s -> null);
        assertThatThrownBy(() -> client.register(List.of(item("R1")))).isInstanceOfSatisfying(
                CentralUnavailableException.class,
                e -> assertThat(e.reason()).isIn(CentralUnavailableException.Reason.NETWORK,
                        CentralUnavailableException.Reason.TIMEOUT));
    }

    @Test
    void aSlowAnswerIsATimeout() {
        stub.on("POST", "/api/v1/presences", s -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Reply.json("{}");
        });
        assertThatThrownBy(() -> client.register(List.of(item("R1")))).isInstanceOfSatisfying(
                CentralUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(CentralUnavailableException.Reason.TIMEOUT));
    }

    @Test
    void nobodyListeningIsConnectionRefused() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        CentralConfig config = CentralConfig.of(URI.create("https://127.0.0.1:" + port), List.of(stub.ca),
                stub.technicalUser("x", StubCentral.CLIENT_KEYS));
        try (CentralClient c = new CentralClient(config, Clock.systemUTC())) {
            assertThatThrownBy(() -> c.register(List.of(item("R1")))).isInstanceOfSatisfying(
                    CentralUnavailableException.class,
                    e -> assertThat(e.reason()).isEqualTo(CentralUnavailableException.Reason.CONNECTION_REFUSED));
        }
    }

    @Test
    void aServerCertificateFromAnotherCaIsRefusedAsTls() throws Exception {
        var otherCaKeys = Certificates.rsa(2048);
        var otherCa = Certificates.selfSigned(Certificates.Profile.ca("CN=Other CA", otherCaKeys.getPublic(),
                Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600)), otherCaKeys.getPrivate());
        try (CentralClient c = clientFor(stub, StubCentral.CLIENT_KEYS, List.of(otherCa))) {
            assertThatThrownBy(() -> c.register(List.of(item("R1")))).isInstanceOfSatisfying(
                    CentralUnavailableException.class,
                    e -> assertThat(e.reason()).isEqualTo(CentralUnavailableException.Reason.TLS));
        }
        assertThat(stub.seen).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(CentralUnavailableException.Reason.class)
    void reasonCodesAreStableNames(CentralUnavailableException.Reason reason) {
        assertThat(new CentralUnavailableException(reason, java.util.OptionalInt.empty(), "m", null).reasonCode())
                .isEqualTo(reason.name());
    }

    @Test
    void onlyHttpsIsAccepted() {
        assertThatThrownBy(() -> CentralConfig.of(URI.create("http://127.0.0.1:1"), List.of(stub.ca),
                stub.technicalUser("x", StubCentral.CLIENT_KEYS))).isInstanceOf(IllegalArgumentException.class);
    }
}
