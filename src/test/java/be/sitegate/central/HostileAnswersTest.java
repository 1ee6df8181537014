package be.sitegate.central;

import static be.sitegate.central.CentralClientTest.DAY;
import static be.sitegate.central.CentralClientTest.SITE;
import static be.sitegate.central.CentralClientTest.item;
import static be.sitegate.central.CentralClientTest.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.StubCentral.Reply;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A broken or hostile central service: whatever it answers, the client ends with its own exception
 * type ({@code MALFORMED_ANSWER}), reads at most 8 MiB of an answer and follows a bounded number of
 * search pages. Each forged answer found by hand is kept here as a case.
 */
class HostileAnswersTest {

    private StubCentral stub;
    private CentralClient client;

    @BeforeEach
    void setUp() throws Exception {
        stub = new StubCentral();
        client = clientFor(2);
    }

    private CentralClient clientFor(int pageSize) {
        CentralConfig config = CentralConfig.of(stub.baseUrl(), List.of(stub.ca),
                        stub.technicalUser("sitegate-test", StubCentral.CLIENT_KEYS))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(20))
                .withSearchPageSize(pageSize);
        return new CentralClient(config, Clock.systemUTC());
    }

    @AfterEach
    void tearDown() {
        client.close();
        stub.close();
    }

    private static void assertMalformed(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(CentralUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(CentralUnavailableException.Reason.MALFORMED_ANSWER));
    }

    private static String created(String registration) {
        return "{\"results\":[{\"clientReference\":\"R1\",\"created\":true,\"registration\":" + registration + "}]}";
    }

    @ParameterizedTest(name = "[{index}] registration.clientReference = {0}")
    @ValueSource(strings = {"", "R1 R1", "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "R1\\n", "é"})
    void aRegistrationWithAnImpossibleClientReferenceIsMalformedNotAnIllegalArgument(String reference) {
        // Before: an empty clientReference inside the registration escaped as IllegalArgumentException.
        String value = reference.replace("\\n", "\\\\n");
        stub.on("POST", "/api/v1/presences", s -> Reply.json(created(
                registration("123456789012", "R1", "VALIDATED").replace("\"clientReference\":\"R1\"",
                        "\"clientReference\":\"" + value + "\""))));
        assertMalformed(() -> client.register(List.of(item("R1"))));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "\"creationDate\":\"+999999999-12-31T23:59:59-18:00\"",
            "\"creationDate\":\"2026-11-23T08:00:00\"",
            "\"registrationDate\":\"+99999-01-01\"",
            "\"registrationDate\":\"1899-12-31\"",
            "\"creationDate\":\"-999999999-01-01T00:00:00+18:00\"",
            "\"inss\":\"85073003328000000000000000\"",
            "\"status\":{\"nested\":true}",
            "\"remarks\":[1,2,3]",
            "\"remarks\":\"DUC IS NOT EXISTING\"",
            "\"presenceRegistrationId\":null",
            "\"companyId\":\"BE0566988259\\u0000\"",
    })
    void aRegistrationWithAnImpossibleFieldIsMalformed(String field) {
        String key = field.substring(0, field.indexOf(':'));
        String base = registration("123456789012", "R1", "VALIDATED");
        String forged = base.replaceFirst(java.util.regex.Pattern.quote(key) + ":(\"[^\"]*\"|\\[[^\\]]*\\]|\\d+)",
                java.util.regex.Matcher.quoteReplacement(field));
        assertThat(forged).isNotEqualTo(base);
        stub.on("POST", "/api/v1/presences", s -> Reply.json(created(forged)));
        assertMalformed(() -> client.register(List.of(item("R1"))));
    }

    @Test
    void aHugeExpiresInIsCappedNotAnArithmeticOrDateTimeException() {
        // Before: Instant.plus(Duration.ofSeconds(Long.MAX_VALUE)) threw ArithmeticException or DateTimeException.
        stub.expiresIn = Long.MAX_VALUE;
        stub.on("POST", "/api/v1/presences", s -> Reply.json(created(registration("1", "R1", "VALIDATED"))));
        assertThat(client.register(List.of(item("R1")))).hasSize(1);
        assertThat(client.register(List.of(item("R1")))).hasSize(1);
        assertThat(stub.tokenRequests.get()).as("still cached, for at most an hour").isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void aTokenThatExpiresAtOnceOrInThePastIsMalformed(long expiresIn) {
        stub.expiresIn = expiresIn;
        assertMalformed(() -> client.register(List.of(item("R1"))));
    }

    @Test
    void anAnswerOverEightMebibytesIsRefusedWithOrWithoutALength() {
        String huge = "{\"results\":[],\"padding\":\"" + "x".repeat((int) AnswerSize.LIMIT_BYTES) + "\"}";
        stub.on("POST", "/api/v1/presences", s -> Reply.json(huge));
        assertThatThrownBy(() -> client.register(List.of(item("R1")))).isInstanceOfSatisfying(
                CentralUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CentralUnavailableException.Reason.MALFORMED_ANSWER);
                    assertThat(e.getMessage()).contains("8 MiB");
                });
        stub.chunked = true;
        assertThatThrownBy(() -> client.register(List.of(item("R1")))).hasMessageContaining("8 MiB");
    }

    @Test
    void aHugeTokenAnswerIsRefusedToo() throws Exception {
        try (StubCentral other = new StubCentral()) {
            // The token endpoint is the stub's own; a huge error body from an API route shows the same limit.
            other.on("GET", "/api/v1/presences/1", s -> new Reply(404, "{\"code\":\"" + "x".repeat(9 << 20) + "\"}"));
            CentralConfig config = CentralConfig.of(other.baseUrl(), List.of(other.ca),
                    other.technicalUser("sitegate-test", StubCentral.CLIENT_KEYS));
            try (CentralClient c = new CentralClient(config, Clock.systemUTC())) {
                assertMalformed(() -> c.get("1"));
            }
        }
    }

    @Test
    void deeplyNestedJsonIsMalformedNotAStackOverflow() {
        String deep = "{\"results\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        stub.on("POST", "/api/v1/presences", s -> Reply.json(deep));
        assertMalformed(() -> client.register(List.of(item("R1"))));
    }

    @Test
    void aSearchThatAnnouncesMoreThanFiveHundredResultsIsMalformed() {
        stub.on("GET", "/api/v1/presences", s -> Reply.json("{\"items\":[" + registration("1", null, "VALIDATED")
                + "],\"page\":1,\"pageSize\":2,\"total\":1000000000000}"));
        assertMalformed(() -> client.search(SITE, DAY, DAY));
    }

    @Test
    void aSearchWhosePagesNeverEndStopsAtThePageCap() {
        client.close();
        client = clientFor(100); // 500 results fill at most 5 pages of 100
        AtomicInteger pages = new AtomicInteger();
        stub.on("GET", "/api/v1/presences", s -> {
            int page = pages.incrementAndGet();
            // One result per page and a total that keeps ahead: a loop a naive client follows forever.
            return Reply.json("{\"items\":[" + registration(Integer.toString(page), null, "VALIDATED")
                    + "],\"page\":" + page + ",\"pageSize\":100,\"total\":" + Math.min(500, page + 1) + "}");
        });
        assertMalformed(() -> client.search(SITE, DAY, DAY));
        assertThat(pages.get()).isEqualTo(5);
    }

    @Test
    void aSearchPageLongerThanAskedOrBeyondItsTotalIsMalformed() {
        String three = registration("1", null, "VALIDATED") + "," + registration("2", null, "VALIDATED") + ","
                + registration("3", null, "VALIDATED");
        stub.on("GET", "/api/v1/presences", s -> Reply.json("{\"items\":[" + three + "],\"total\":3}"));
        assertMalformed(() -> client.search(SITE, DAY, DAY));

        String two = registration("1", null, "VALIDATED") + "," + registration("2", null, "VALIDATED");
        stub.on("GET", "/api/v1/presences", s -> Reply.json("{\"items\":[" + two + "],\"total\":1}"));
        assertMalformed(() -> client.search(SITE, DAY, DAY));

        stub.on("GET", "/api/v1/presences", s -> Reply.json("{\"items\":[],\"total\":\"lots\"}"));
        assertMalformed(() -> client.search(SITE, DAY, DAY));
    }

    @Test
    void aHistoryEntryWithAnImpossibleInstantIsMalformed() {
        stub.on("GET", "/api/v1/presences/123", s -> Reply.json(registration("123", "R1", "VALIDATED")
                .replace("\"remarks\":[]", "\"remarks\":[],\"history\":[{\"at\":\"yesterday\",\"status\":\"VALIDATED\","
                        + "\"remarks\":[]}]")));
        assertMalformed(() -> client.get("123"));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "{\"contractor\":{\"enterpriseNumber\":\"\",\"name\":\"Bouw NV\"},\"workplace\":{\"id\":\"1Y101DRUNWB5Z\","
                    + "\"address\":\"a\",\"sector\":1,\"mode\":\"CIAW\",\"companies\":[]}}",
            "{\"contractor\":{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\"},\"workplace\":{\"id\":"
                    + "\"1Y101DRUNWB5Z\",\"address\":\"a\",\"sector\":99999999999,\"mode\":\"CIAW\",\"companies\":[]}}",
            "{\"contractor\":{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\"},\"workplace\":{\"id\":"
                    + "\"1Y101DRUNWB5Z\",\"address\":\"a\",\"sector\":1,\"mode\":\"ciaw\",\"companies\":[]}}",
            "{\"contractor\":{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\"},\"workplace\":{\"id\":"
                    + "\"1Y101DRUNWB5Z999\",\"address\":\"a\",\"sector\":1,\"mode\":\"CIAW\",\"companies\":[]}}",
            "{\"contractor\":{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouw NV\"},\"workplace\":{\"id\":"
                    + "\"1Y101DRUNWB5Z\",\"address\":\"a\",\"sector\":1,\"mode\":\"CIAW\",\"companies\":[{}]}}",
            "{\"contractor\":null,\"workplace\":[]}",
            "{}",
    })
    void aBrokenInitialisationAnswerIsMalformedAndThePasswordStillWiped(String body) {
        stub.on("POST", "/api/v1/kiosk/initialisations", s -> Reply.json(body));
        char[] password = "secret".toCharArray();
        assertMalformed(() -> client.initialise("jan", password, SITE));
        assertThat(password).containsOnly('\0');
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775807", "-5", "1e300", "\"soon\""})
    void anInitialisationLockWithAnAbsurdWaitHasABoundedOrNoWait(String seconds) {
        stub.on("POST", "/api/v1/kiosk/initialisations", s -> new Reply(429,
                "{\"code\":\"TOO_MANY_ATTEMPTS\",\"message\":\"no\",\"retryAfterSeconds\":" + seconds + "}"));
        assertThatThrownBy(() -> client.initialise("jan", "secret".toCharArray(), SITE))
                .isInstanceOfSatisfying(InitialisationRefusedException.class, e -> {
                    Optional<Duration> wait = e.retryAfter();
                    wait.ifPresent(w -> assertThat(w).isBetween(Duration.ZERO, Duration.ofDays(1)));
                });
    }

    @Test
    void aBrokenEmployerLookUpIsMalformed() {
        stub.on("POST", "/api/v1/employer-lookups", s -> Reply.json(
                "{\"employers\":[{\"enterpriseNumber\":\"0566988259\"}]}"));
        assertMalformed(() -> client.employersOf(SITE, CentralClientTest.ANNA, DAY));
    }
}
