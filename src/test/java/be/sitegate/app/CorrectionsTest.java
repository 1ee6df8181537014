package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.Company;
import be.sitegate.domain.Correction;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CancelReason;
import be.sitegate.kiosk.Receipt;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.simulator.Capabilities;
import be.sitegate.testkit.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The foreman's corrections on the assembled kiosk, against the real simulator over loopback HTTPS
 * and a real SQLite file: each reaches the service (or says why not) and is recorded with who and when.
 */
class CorrectionsTest {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final WorkplaceId CLEANING = WorkplaceId.parse("1Y1CLNBXL2026");
    private static final Inss SOFIE = Inss.parse("90021214541");
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private SimulatorFixture sim;
    private KioskAssembly kiosk;

    @BeforeEach
    void start() {
        sim = new SimulatorFixture(Clock.systemUTC(), Capabilities.NONE);
        kiosk = new SimulatorKiosks(sim, dir).start("gate", "");
        assertThat(SimulatorKiosks.signIn(kiosk, GENT)).isTrue();
    }

    @AfterEach
    void stop() {
        kiosk.close();
        sim.close();
    }

    @Test
    void aRegistrationOnAWorkersBehalfIsRegisteredAndRecorded() {
        RegistrationStep step = kiosk.corrections().registerOnBehalf(
                Worker.typed(WorkerId.of(SOFIE), IdentificationMethod.ON_BEHALF), Optional.of(builder()));

        Registration registered = ((RegistrationStep.Registered) step).registration();
        assertThat(registered.method()).isEqualTo(IdentificationMethod.ON_BEHALF);
        assertThat(kiosk.corrections().today()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(Correction.Kind.ON_BEHALF);
            assertThat(c.reference()).isEqualTo(registered.reference());
            assertThat(c.actor()).contains(SimulatorFixture.USERNAME);
            assertThat(c.detail()).contains(SimulatorFixture.SENDER);
        });
    }

    @Test
    void aCancellationWithdrawsTheRegistrationAtTheServiceAndIsRecorded() {
        Registration accepted = registeredAndAccepted();

        Correction cancel = kiosk.corrections().cancel(accepted, CancelReason.PLANNING);

        assertThat(cancel.outcome()).isEqualTo(Correction.Outcome.DONE);
        assertThat(kiosk.central().registration(accepted.delivery().receiptNumber().orElseThrow()))
                .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(Receipt.Status.CANCELLED));
        assertThat(kiosk.corrections().today()).extracting(Correction::kind, Correction::detail)
                .contains(org.assertj.core.groups.Tuple.tuple(Correction.Kind.CANCEL, Optional.of("PLANNING")));
        // Kept with its receipt for the record, but nobody counts the worker as registered or on site.
        Registration stored = kiosk.attendanceLog().registrations(GENT, accepted.date()).stream()
                .filter(r -> r.reference().equals(accepted.reference())).findFirst().orElseThrow();
        assertThat(stored.delivery().withdrawal()).hasValueSatisfying(w -> assertThat(w.reason()).isEqualTo("PLANNING"));
        assertThat(stored.delivery().receiptNumber()).isEqualTo(accepted.delivery().receiptNumber());
        assertThat(be.sitegate.kiosk.AttendanceStatus.of(stored.delivery()))
                .isEqualTo(be.sitegate.kiosk.AttendanceStatus.WITHDRAWN);
    }

    @Test
    void aCancellationThatCannotReachTheServiceSaysSoAndChangesNothing() {
        Registration accepted = registeredAndAccepted();
        sim.server().faults().outage(Duration.ofMinutes(5));

        Correction cancel = kiosk.corrections().cancel(accepted, CancelReason.DISEASE);

        assertThat(cancel.outcome()).isEqualTo(Correction.Outcome.NOT_SENT);
        sim.server().faults().clear();
        assertThat(kiosk.central().registration(accepted.delivery().receiptNumber().orElseThrow()))
                .hasValueSatisfying(r -> assertThat(r.status()).isNotEqualTo(Receipt.Status.CANCELLED));
        assertThat(kiosk.corrections().today()).extracting(Correction::outcome).contains(Correction.Outcome.NOT_SENT);
        assertThat(kiosk.attendanceLog().registrations(GENT, accepted.date())).noneMatch(r -> r.delivery().withdrawn());
    }

    @Test
    void aResendOfARecordThatWasNotRefusedIsRefusedAndRecorded() {
        Registration accepted = registeredAndAccepted();
        Correction resend = kiosk.corrections().resend(accepted.reference(), accepted.date(), Optional.empty());
        assertThat(resend.outcome()).isEqualTo(Correction.Outcome.REFUSED);
    }

    @Test
    void inCheckInAndOutAtWorkNobodyRegistersOnAWorkersBehalf() {
        assertThat(SimulatorKiosks.signIn(kiosk, CLEANING)).isTrue();
        assertThatThrownBy(() -> kiosk.corrections().registerOnBehalf(
                Worker.typed(WorkerId.of(Inss.parse("82020517652")), IdentificationMethod.ON_BEHALF), Optional.empty()))
                .isInstanceOf(IllegalStateException.class);
        assertThat(kiosk.attendanceLog().events(CLEANING, kiosk.session().today())).isEmpty();
    }

    private Registration registeredAndAccepted() {
        var step = (RegistrationStep.Registered) kiosk.corrections().registerOnBehalf(
                Worker.typed(WorkerId.of(SOFIE), IdentificationMethod.ON_BEHALF), Optional.of(builder()));
        Await.until("accepted", PATIENCE, () -> own(step.registration()).delivery().status() == DeliveryStatus.ACCEPTED);
        return own(step.registration());
    }

    private Registration own(Registration r) {
        return kiosk.attendanceLog().registrations(GENT, kiosk.session().today()).stream()
                .filter(x -> x.reference().equals(r.reference())).findFirst().orElseThrow();
    }

    private Company builder() {
        return kiosk.session().require().workplace().companies().stream()
                .filter(c -> c.enterpriseNumber().toString().equals(SimulatorFixture.SENDER)).findFirst().orElseThrow();
    }
}
