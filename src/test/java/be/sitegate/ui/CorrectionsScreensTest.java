package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.KioskAssembly;
import be.sitegate.app.SimulatorKiosks;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.Company;
import be.sitegate.domain.Correction;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Pin;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.Receipt;
import be.sitegate.simulator.Capabilities;
import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foreman's corrections on the assembled kiosk (issue 14), behind the real PIN: the project's
 * simulator over loopback HTTPS, a real SQLite file. Withdraw with a reason and see the line say so,
 * send a refused registration again with another employer and see its receipt arrive, register a
 * worker on their behalf in Checkinatwork, and find that Check In and Out at Work does not offer it.
 *
 * <p>The kiosk's clock stands a minute and a half before midnight. A refusal is made the way the real
 * service makes one: the service's clock has already passed midnight, so it takes no registration for
 * the kiosk's day; once both clocks agree again, the corrected registration is taken.
 */
class CorrectionsScreensTest extends KioskUiTestBase {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final WorkplaceId CLEANING = WorkplaceId.parse("1Y1CLNBXL2026");
    private static final String SOFIE = "90021214541";
    private static final String PIN = "482913";
    private static final int NETWORK_SECONDS = 30;
    /** 23:58:30 in Brussels: the kiosk's day has a minute and a half left. */
    private static final Instant KIOSK_NOW = Instant.parse("2026-11-23T22:58:30Z");

    @TempDir
    Path dir;

    private final TestClock kioskClock = new TestClock(KIOSK_NOW);
    private final TestClock serviceClock = new TestClock(KIOSK_NOW);
    private SimulatorFixture sim;
    private KioskAssembly kiosk;

    private void start(WorkplaceId workplace, Duration choiceTimeout) throws Exception {
        sim = new SimulatorFixture(serviceClock, Capabilities.NONE);
        kiosk = new SimulatorKiosks(sim, dir).start("gate", "", kioskClock);
        assertThat(SimulatorKiosks.signIn(kiosk, workplace)).isTrue();
        kiosk.pinGate().set(Pin.of(PIN));
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH)
                .withReturnDelay(Duration.ofSeconds(30)).withChoiceTimeout(choiceTimeout);
        // Wired as the kiosk command wires it; the sounds stay silent in tests.
        show(new KioskServices(kiosk.session(), kiosk.initialisation(), kiosk.registration(), kiosk.cardEvents(),
                kiosk.deliveries(), kiosk.syncStatus(), kiosk.storageHealth(), java.util.Optional.of(kiosk.attendanceLog()),
                settings).withPin(kiosk.pinGate()).withCorrections(kiosk.corrections()), settings);
        awaitScreen(Screen.IDLE);
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        if (sim != null) {
            sim.close();
        }
    }

    private void openList() {
        clickOn("#attendanceButton");
        awaitScreen(Screen.PIN);
        PIN.chars().forEach(c -> clickOn("#pin" + (char) c));
        clickOn("#okButton");
        awaitScreen(Screen.ATTENDANCE);
    }

    private void registerOnBehalf(String number, Company employer) {
        clickOn("#onBehalfButton");
        awaitScreen(Screen.ON_BEHALF_ENTRY);
        assertThat(text("#title")).isEqualTo("Type the worker's national number");
        keypad(number);
        clickOn("#okButton");
        awaitScreen(Screen.CORRECTION_EMPLOYER);
        assertThat(text("#headline")).isEqualTo("Who does this worker work for today?");
        clickOn("#company-" + employer.enterpriseNumber());
        awaitScreen(Screen.CORRECTIONS);
        awaitTrue(NETWORK_SECONDS, () -> shows("#headline", "Registered on their behalf"));
    }

    private Company company(String number) {
        return kiosk.session().require().workplace().companies().stream()
                .filter(c -> c.enterpriseNumber().toString().equals(number)).findFirst().orElseThrow();
    }

    private Company anotherCompany(String number) {
        return kiosk.session().require().workplace().companies().stream()
                .filter(c -> !c.enterpriseNumber().toString().equals(number)).findFirst().orElseThrow();
    }

    private Registration only() {
        List<Registration> today = kiosk.attendanceLog().registrations(GENT, kiosk.session().today());
        assertThat(today).hasSize(1);
        return today.get(0);
    }

    /** Taps the list's line that shows this text in one of its cells. */
    private void tapLine(String cellText) {
        Node row = lookup(".table-row-cell").queryAll().stream()
                .filter(n -> ((TableRow<?>) n).getItem() != null)
                .filter(n -> from(n).lookup(".table-cell").queryAll().stream()
                        .anyMatch(c -> Objects.toString(((Labeled) c).getText(), "").contains(cellText)))
                .findFirst().orElseThrow();
        clickOn(row);
        awaitScreen(Screen.CORRECTIONS);
    }

    private List<String> cells() {
        return lookup(".table-cell").queryAll().stream().filter(Node::isVisible)
                .map(n -> ((Labeled) n).getText()).filter(Objects::nonNull).toList();
    }

    @Test
    void aRegistrationOnAWorkersBehalfIsWithdrawnWithAReasonAndTheListSaysSo() throws Exception {
        start(GENT, Duration.ofSeconds(30));
        openList();
        Company builder = company(SimulatorFixture.SENDER);
        registerOnBehalf(SOFIE, builder);
        assertThat(text("#outcome")).isEqualTo("**.**.**-***.41, employer: " + builder.name()
                + ". The receipt follows in the list.");
        assertThat(text("#log-0")).matches("\\*\\*\\.\\*\\*\\.\\*\\*-\\*\\*\\*\\.41: registered on their behalf "
                + "23:58 by foreman PIN \\(kiosk opened by " + SimulatorFixture.USERNAME + "\\), employer .*");

        clickOn("#backButton");
        awaitScreen(Screen.ATTENDANCE);
        awaitTrue(NETWORK_SECONDS, () -> only().delivery().status() == DeliveryStatus.ACCEPTED);
        String receipt = only().delivery().receiptNumber().orElseThrow();
        awaitTrue(NETWORK_SECONDS, () -> cells().stream().anyMatch(c -> c.startsWith("Receipt " + receipt)));
        assertThat(cells()).anySatisfy(c -> assertThat(c).endsWith("\nTyped by the foreman"));

        tapLine("***.41");
        assertThat(shown("#resendButton")).as("registered: nothing to send again").isFalse();
        clickOn("#withdrawButton");
        awaitTrue(() -> shown("#reason-HOLIDAY"));
        for (String reason : List.of("#reason-HOLIDAY", "#reason-DISEASE", "#reason-PLANNING", "#reason-C32A")) {
            assertThat(lookup(reason).query().getBoundsInLocal().getHeight()).as("%s fits a gloved finger", reason)
                    .isGreaterThanOrEqualTo(90);
        }
        assertThat(text("#reason-HOLIDAY")).isEqualTo("On holiday\nNot working today: on leave.");
        clickOn("#reason-HOLIDAY");
        assertThat(text("#question")).isEqualTo("Withdraw the registration of **.**.**-***.41 (receipt " + receipt
                + ")? Reason: On holiday.");
        clickOn("#confirmButton");
        awaitTrue(NETWORK_SECONDS, () -> shows("#headline", "Withdrawn"));
        assertThat(kiosk.central().registration(receipt)).hasValueSatisfying(r ->
                assertThat(r.status()).isEqualTo(Receipt.Status.CANCELLED));
        assertThat(text("#log-0")).contains("withdrawn 23:58 by foreman PIN (kiosk opened by "
                + SimulatorFixture.USERNAME + "): On holiday");

        clickOn("#backButton");
        awaitScreen(Screen.ATTENDANCE);
        awaitTrue(() -> cells().stream().anyMatch(c -> c.equals("Receipt " + receipt
                + " – withdrawn 23:58 by foreman PIN (kiosk opened by " + SimulatorFixture.USERNAME + "): On holiday")));
        assertThat(kiosk.corrections().today()).extracting(Correction::kind)
                .containsExactly(Correction.Kind.ON_BEHALF, Correction.Kind.CANCEL);

        tapLine("***.41");
        assertThat(shown("#withdrawButton")).as("withdrawn once").isFalse();
        assertThat(text("#whyNone")).isEqualTo("This registration has been withdrawn.");
    }

    @Test
    void aRefusedRegistrationIsSentAgainWithAnotherEmployerAndItsReceiptFollows() throws Exception {
        // The service's day has begun already: it refuses a registration for the kiosk's day.
        serviceClock.advance(Duration.ofSeconds(90));
        start(GENT, Duration.ofSeconds(30));
        openList();
        Company builder = company(SimulatorFixture.SENDER);
        registerOnBehalf(SOFIE, builder);
        clickOn("#backButton");
        awaitScreen(Screen.ATTENDANCE);
        awaitTrue(NETWORK_SECONDS, () -> only().delivery().status() == DeliveryStatus.REJECTED);
        awaitTrue(NETWORK_SECONDS, () -> cells().stream().anyMatch(c -> c.startsWith("Refused")));

        tapLine("***.41");
        assertThat(shown("#withdrawButton")).as("refused: no receipt to withdraw").isFalse();
        assertThat(text("#resendButton")).isEqualTo("Send again with another employer");
        serviceClock.set(kioskClock.instant()); // both clocks agree again
        clickOn("#resendButton");
        awaitScreen(Screen.CORRECTION_EMPLOYER);
        Company other = anotherCompany(SimulatorFixture.SENDER);
        clickOn("#company-" + other.enterpriseNumber());
        awaitScreen(Screen.CORRECTIONS);
        awaitTrue(NETWORK_SECONDS, () -> shows("#headline", "Sent again"));
        assertThat(text("#outcome")).startsWith("Employer: " + other.name() + ".");

        clickOn("#backButton");
        awaitScreen(Screen.ATTENDANCE);
        awaitTrue(NETWORK_SECONDS, () -> only().delivery().status() == DeliveryStatus.ACCEPTED);
        assertThat(only().employer()).contains(other.enterpriseNumber());
        String receipt = only().delivery().receiptNumber().orElseThrow();
        // The receipt, with what the service remarks about the new employer, and what the foreman did.
        awaitTrue(NETWORK_SECONDS, () -> cells().stream().anyMatch(c -> c.startsWith("Receipt " + receipt)
                && c.endsWith(" – sent again 23:58 by foreman PIN (kiosk opened by " + SimulatorFixture.USERNAME
                + "), employer " + other.name())));
    }

    @Test
    void inCheckInAndOutAtWorkNobodyIsRegisteredOnTheirBehalfAndTheCorrectionsLockThemselves() throws Exception {
        start(CLEANING, Duration.ofSeconds(1)); // the foreman's screens wait four choice timeouts
        // Karima started work (typed at the kiosk; the worker's own screens are tested elsewhere).
        assertThat(kiosk.registration().identify(be.sitegate.kiosk.Worker.typed(
                be.sitegate.domain.WorkerId.of(be.sitegate.domain.Inss.parse("82020517652")),
                be.sitegate.domain.IdentificationMethod.TYPED_NATIONAL_NUMBER)))
                .isInstanceOf(be.sitegate.kiosk.RegistrationStep.EventRecorded.class);

        openList();
        assertThat(shown("#onBehalfButton")).as("workers register themselves, in person").isFalse();
        tapLine("***.52");
        assertThat(shown("#withdrawButton")).isFalse();
        awaitTrue(() -> shown("#whyNone"));
        awaitScreen(15, Screen.IDLE);
        clickOn("#attendanceButton");
        awaitScreen(Screen.PIN);
    }
}
