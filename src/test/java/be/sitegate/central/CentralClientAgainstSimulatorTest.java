package be.sitegate.central;

import be.sitegate.domain.Remark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every operation of the client against the project's real simulator over loopback HTTPS. */
class CentralClientAgainstSimulatorTest {

    static final WorkplaceId SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    static final WorkplaceId CLEANING_SITE = WorkplaceId.parse("1Y1CLNBXL2026");
    static final WorkplaceId NOT_SUBJECT = WorkplaceId.parse("1Y1SMALLLEUV7");
    static final EnterpriseNumber BUILDER = EnterpriseNumber.parse("0566988259");
    static final LocalDate TODAY = SimulatorFixture.TODAY;

    private final AtomicInteger refs = new AtomicInteger();
    private SimulatorFixture sim;
    private CentralClient client;

    @BeforeEach
    void start() {
        sim = new SimulatorFixture();
        client = sim.newClient();
    }

    @AfterEach
    void stop() {
        client.close();
        sim.close();
    }

    private ClientReference nextRef() {
        return new ClientReference("T" + refs.incrementAndGet());
    }

    private PresenceItem national(String inss, String company, WorkplaceId site, LocalDate date) {
        return new PresenceItem(nextRef(), site, date, WorkerId.of(Inss.parse(inss)),
                Optional.of(EnterpriseNumber.parse(company)), Optional.empty(), Optional.empty());
    }

    private PresenceItem limosa(String id) {
        return new PresenceItem(nextRef(), SITE, TODAY, WorkerId.of(LimosaId.parse(id)), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private CentralRegistration created(ItemResult r) {
        assertThat(r).isInstanceOf(ItemResult.Created.class);
        return ((ItemResult.Created) r).registration();
    }

    private CentralError onlyError(ItemResult r) {
        assertThat(r).isInstanceOf(ItemResult.NotCreated.class);
        return ((ItemResult.NotCreated) r).errors().get(0);
    }

    @Test
    void initialisesACheckinatworkAndACheckInAndOutWorkplace() {
        Initialisation ciaw = client.initialise(SimulatorFixture.USERNAME, SimulatorFixture.PASSWORD.toCharArray(), SITE);
        assertThat(ciaw.contractor().enterpriseNumber()).isEqualTo(BUILDER);
        assertThat(ciaw.workplace().mode()).isEqualTo(RegistrationMode.CIAW);
        assertThat(ciaw.workplace().companies()).extracting(c -> c.enterpriseNumber().toString())
                .contains("0566988259", "0403123486");
        Initialisation ciaow = client.initialise(SimulatorFixture.USERNAME, SimulatorFixture.PASSWORD.toCharArray(),
                CLEANING_SITE);
        assertThat(ciaow.workplace().mode()).isEqualTo(RegistrationMode.CIAOW);
    }

    private InitialisationRefusedException.Reason refusal(String user, String password, WorkplaceId site) {
        try {
            client.initialise(user, password.toCharArray(), site);
            throw new AssertionError("initialisation was not refused");
        } catch (InitialisationRefusedException e) {
            return e.reason();
        }
    }

    @Test
    void initialisationRefusalsAreTyped() {
        assertThat(refusal(SimulatorFixture.USERNAME, SimulatorFixture.PASSWORD, WorkplaceId.parse("1Y1003SQ5VSSZ")))
                .isEqualTo(InitialisationRefusedException.Reason.WORKPLACE_NOT_ALLOWED);
        assertThat(refusal(SimulatorFixture.USERNAME, SimulatorFixture.PASSWORD, WorkplaceId.parse("1Y1NOSUCHSITE")))
                .isEqualTo(InitialisationRefusedException.Reason.UNKNOWN_WORKPLACE);
        assertThat(refusal(SimulatorFixture.USERNAME, SimulatorFixture.PASSWORD, NOT_SUBJECT))
                .isEqualTo(InitialisationRefusedException.Reason.SITE_NOT_SUBJECT);
        for (int i = 0; i < 5; i++) {
            assertThat(refusal("demo", "wrong", SITE)).isEqualTo(InitialisationRefusedException.Reason.BAD_CREDENTIALS);
        }
        assertThatThrownBy(() -> client.initialise("demo", "wrong".toCharArray(), SITE))
                .isInstanceOfSatisfying(InitialisationRefusedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(InitialisationRefusedException.Reason.TOO_MANY_ATTEMPTS);
                    assertThat(e.retryAfter()).hasValueSatisfying(d -> assertThat(d).isPositive()
                            .isLessThanOrEqualTo(Duration.ofMinutes(5)));
                });
    }

    @Test
    void looksUpTheEmployersOfAPersonOnTheDeclaration() {
        assertThat(client.employersOf(SITE, Inss.parse("90021214541"), TODAY))
                .extracting(c -> c.enterpriseNumber()).containsExactly(BUILDER);
    }

    @Test
    void everyRemarkTheSimulatorGivesArrivesWithAReceipt() {
        List<ItemResult> r = client.register(List.of(
                national("90021214541", "0566988259", SITE, TODAY),
                national("600101001" + checkDigits("600101001"), "0566988259", SITE, TODAY),
                national("92092306477", "0426552253", SITE, TODAY),
                national("78051128786", "0415223445", SITE, TODAY),
                national("69031409384", "0566988259", SITE, TODAY),
                limosa("45678901234567890")));
        CentralRegistration clean = created(r.get(0));
        assertThat(clean.status()).isNotEqualTo(RegistrationStatus.FAILED);
        assertThat(clean.remarks()).isEmpty();
        assertThat(clean.presenceRegistrationId()).matches("\\d{1,15}");
        assertThat(created(r.get(1)).remarks()).contains(Remark.NISS_NOT_IN_NATIONAL_REGISTER.text());
        assertThat(created(r.get(2)).remarks()).contains(Remark.COMPANY_NOT_IN_DUC.text());
        assertThat(created(r.get(3)).remarks()).containsExactly(Remark.EMPLOYER_NOT_ACTIVE.text());
        assertThat(created(r.get(4)).remarks()).containsExactly(Remark.RELATED_DIMONA_NOT_OK.text());
        assertThat(created(r.get(5)).remarks()).containsExactly(Remark.LIMOSA_NOT_ACTIVE.text());
        for (int i = 1; i < 6; i++) {
            assertThat(created(r.get(i)).status()).isEqualTo(RegistrationStatus.FAILED);
            created(r.get(i)).remarks().forEach(text -> assertThat(Remark.of(text)).isNotEqualTo(Remark.OTHER));
        }
    }

    @Test
    void onlyAWrongDateIsRefusedAnUnknownSiteOrLimosaNumberIsARemark() {
        List<ItemResult> r = client.register(List.of(
                national("90021214541", "0566988259", SITE, TODAY.plusDays(2)),
                national("90021214541", "0566988259", WorkplaceId.parse("1Y1NOSUCHSITE"), TODAY),
                national("90021214541", "0566988259", NOT_SUBJECT, TODAY),
                limosa("99999999999999999")));
        assertThat(onlyError(r.get(0)).known()).isEqualTo(CentralError.Code.INVALID_DATE);
        assertThat(onlyError(r.get(0)).description()).isEqualTo("REGISTRATION DATE MUST BE TODAY OR TOMORROW");
        assertThat(created(r.get(1)).remarks()).first().isEqualTo(Remark.DUC_NOT_EXISTING.text());
        assertThat(created(r.get(2)).remarks()).first().isEqualTo(Remark.SITE_NOT_SUBJECT.text());
        assertThat(created(r.get(3)).remarks()).first().isEqualTo(Remark.LIMOSA_NOT_KNOWN.text());
        for (int i = 1; i < 4; i++) {
            assertThat(created(r.get(i)).status()).isEqualTo(RegistrationStatus.FAILED);
        }
    }

    @Test
    void theSameDeclarationTwiceIsRegisteredAgainAndFlaggedAndTheSameReferenceTwiceGetsTheSameResult() {
        PresenceItem first = national("90021214541", "0566988259", SITE, TODAY);
        String receipt = created(client.register(List.of(first)).get(0)).presenceRegistrationId();

        ItemResult again = client.register(List.of(national("90021214541", "0566988259", SITE, TODAY))).get(0);
        assertThat(created(again).presenceRegistrationId()).isNotEqualTo(receipt);
        assertThat(created(again).status()).isEqualTo(RegistrationStatus.FAILED);
        assertThat(created(again).remarks()).first().isEqualTo(Remark.ALREADY_REGISTERED.text());

        assertThat(created(client.register(List.of(first)).get(0)).presenceRegistrationId()).isEqualTo(receipt);
        assertThat(sim.registrationCount(first.clientReference().value())).isEqualTo(1);
    }

    @Test
    void checkInAndOutEventsAreRegistered() {
        var at = SimulatorFixture.NOW.minusSeconds(600);
        PresenceItem in = new PresenceItem(nextRef(), CLEANING_SITE, TODAY, WorkerId.of(Inss.parse("82020517652")),
                Optional.of(EnterpriseNumber.parse("0437881160")), Optional.of(Direction.IN), Optional.of(at));
        PresenceItem out = new PresenceItem(nextRef(), CLEANING_SITE, TODAY, WorkerId.of(Inss.parse("82020517652")),
                Optional.of(EnterpriseNumber.parse("0437881160")), Optional.of(Direction.OUT),
                Optional.of(at.plusSeconds(300)));
        List<ItemResult> r = client.register(List.of(in, out));
        assertThat(created(r.get(0)).direction()).contains(Direction.IN);
        assertThat(created(r.get(1)).direction()).contains(Direction.OUT);
        assertThat(created(r.get(1)).timestamp()).contains(at.plusSeconds(300));
    }

    @Test
    void searchFollowsPagesAndGetShowsTheHistoryAndCancelWorks() {
        List<PresenceItem> items = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            items.add(national(String.format("6001010%02d", i + 1) + checkDigits(String.format("6001010%02d", i + 1)),
                    "0566988259", SITE, TODAY));
        }
        List<String> receipts = client.register(items).stream().map(r -> created(r).presenceRegistrationId()).toList();
        try (CentralClient smallPages = new CentralClient(sim.config().withSearchPageSize(3), sim.clock)) {
            assertThat(smallPages.search(SITE, TODAY, TODAY)).extracting(CentralRegistration::presenceRegistrationId)
                    .containsExactlyInAnyOrderElementsOf(receipts);
        }
        List<CancelResult> cancelled = client.cancel(List.of(
                new Cancellation(receipts.get(0), CancellationReason.PLANNING),
                new Cancellation("999999999999", CancellationReason.HOLIDAY)));
        assertThat(cancelled.get(0)).isInstanceOf(CancelResult.Cancelled.class);
        assertThat(((CancelResult.NotCancelled) cancelled.get(1)).errors().get(0).known())
                .isEqualTo(CentralError.Code.UNKNOWN_REGISTRATION);
        List<CancelResult> twice = client.cancel(List.of(new Cancellation(receipts.get(0), CancellationReason.PLANNING)));
        assertThat(((CancelResult.NotCancelled) twice.get(0)).errors().get(0).known())
                .isEqualTo(CentralError.Code.ALREADY_CANCELLED);

        CentralRegistration one = client.get(receipts.get(0)).orElseThrow();
        assertThat(one.status()).isEqualTo(RegistrationStatus.SUCCESSFULLY_CANCELLED);
        assertThat(one.history()).isNotEmpty();
        assertThat(client.get("999999999999")).isEmpty();
    }

    private static String checkDigits(String first9) {
        return String.format("%02d", 97 - Long.parseLong(first9) % 97);
    }

    @Test
    void expiredTokensAreRenewedTransparently() {
        client.search(SITE, TODAY, TODAY);
        sim.server().expireAllTokens();
        assertThat(client.search(SITE, TODAY, TODAY)).isEmpty();
    }

    @Test
    void simulatedFaultsBecomeTypedReasons() {
        client.search(SITE, TODAY, TODAY);
        sim.server().faults().serverErrors(1.0);
        assertThatThrownBy(() -> client.search(SITE, TODAY, TODAY)).isInstanceOfSatisfying(
                CentralUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(CentralUnavailableException.Reason.SERVER_ERROR);
                    assertThat(e.httpStatus()).hasValue(500);
                });
        sim.server().faults().clear();
        sim.server().faults().malformed(1.0);
        assertThatThrownBy(() -> client.register(List.of(national("90021214541", "0566988259", SITE, TODAY))))
                .isInstanceOfSatisfying(CentralUnavailableException.class, e -> assertThat(e.reason())
                        .isEqualTo(CentralUnavailableException.Reason.MALFORMED_ANSWER));
        sim.server().faults().clear();
        sim.server().faults().outage(Duration.ofMinutes(5));
        assertThatThrownBy(() -> client.search(SITE, TODAY, TODAY)).isInstanceOfSatisfying(
                CentralUnavailableException.class,
                e -> assertThat(e.reason()).isEqualTo(CentralUnavailableException.Reason.OUTAGE));
        sim.server().faults().clear();
        sim.server().faults().latency(Duration.ofSeconds(3));
        try (CentralClient impatient = new CentralClient(sim.config().withTimeouts(Duration.ofSeconds(1),
                Duration.ofMillis(500), Duration.ofMillis(500), Duration.ofSeconds(1)), sim.clock)) {
            assertThatThrownBy(() -> impatient.search(SITE, TODAY, TODAY)).isInstanceOfSatisfying(
                    CentralUnavailableException.class,
                    e -> assertThat(e.reason()).isEqualTo(CentralUnavailableException.Reason.TIMEOUT));
        }
    }
}
