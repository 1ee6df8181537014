package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.Registration;
import be.sitegate.domain.Remark;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.simulator.Capabilities;
import be.sitegate.testkit.Await;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A site with two gates: two kiosks of the same contractor, each with its own store and its own
 * technical user, on one workplace, and the central service (the real simulator over loopback
 * HTTPS) as their only shared truth. The same worker taps at gate A, then at gate B: one
 * registration counts, gate B says so as soon as it can know, and the foremen's lists agree.
 */
class TwoGatesTest {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final Inss SOFIE = Inss.parse("90021214541");
    private static final Inss EMMA = Inss.parse("92092306477");
    private static final WorkplaceId CLEANING = WorkplaceId.parse("1Y1CLNBXL2026");
    private static final Inss CLEANER = Inss.parse("82020517652");
    private static final String CLEANING_COMPANY = "0437881160";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private SimulatorFixture sim;
    private KioskAssembly gateA;
    private KioskAssembly gateB;

    @AfterEach
    void stop() {
        for (KioskAssembly gate : new KioskAssembly[] {gateA, gateB}) {
            if (gate != null) {
                gate.close();
            }
        }
        sim.close();
    }

    /** With the search, gate B knows from the service before the worker's tap: nothing is registered twice. */
    @Test
    void whereTheServiceOffersItsSearchTheSecondGateSaysAlreadyRegisteredAtTheTap() {
        start(Capabilities.ALL, "employer-lookup,search");
        RegistrationStep.Registered atA = (RegistrationStep.Registered) tap(gateA, SOFIE);
        awaitAccepted(gateA, SOFIE);
        gateB.attendanceLog().refresh(); // what its next scheduled fetch does

        RegistrationStep atB = tap(gateB, SOFIE);

        assertThat(atB).isInstanceOf(RegistrationStep.AlreadyRegistered.class);
        Registration known = ((RegistrationStep.AlreadyRegistered) atB).registration();
        assertThat(known.method()).as("registered elsewhere").isEqualTo(IdentificationMethod.CENTRAL_SEARCH);
        assertThat(known.delivery().receiptNumber()).isEqualTo(receiptAt(gateA, SOFIE));
        assertThat(sim.server().remarksOfPerson(GENT.toString(), today(), SOFIE.toString()))
                .as("one registration at the service").containsExactly(List.of());
        assertThat(atA.registration().worker()).isEqualTo(known.worker());

        tap(gateB, EMMA);
        awaitAccepted(gateB, EMMA);
        gateA.attendanceLog().refresh();
        gateB.attendanceLog().refresh();
        assertThat(workersOnTheList(gateA)).as("both foremen see the same people")
                .isEqualTo(workersOnTheList(gateB))
                .containsExactlyInAnyOrder(WorkerId.of(SOFIE).key(), WorkerId.of(EMMA).key());
    }

    /**
     * Without the search, gate B cannot know before it sends: the service registers the second tap
     * and flags it as the same declaration, and gate B keeps that answer as "already registered
     * elsewhere" (never sent again). Only the first registration stands unflagged.
     */
    @Test
    void withOnlyThePublishedInterfaceTheSecondGateLearnsItFromTheServicesAnswer() {
        start(Capabilities.NONE, "");
        tap(gateA, SOFIE);
        awaitAccepted(gateA, SOFIE);

        assertThat(tap(gateB, SOFIE)).as("gate B cannot know yet").isInstanceOf(RegistrationStep.Registered.class);
        Registration atB = awaitAccepted(gateB, SOFIE);

        assertThat(atB.delivery().remarks()).extracting(ServiceRemark::known).containsExactly(Remark.ALREADY_REGISTERED);
        List<List<String>> atTheService = sim.server().remarksOfPerson(GENT.toString(), today(), SOFIE.toString());
        assertThat(atTheService).as("the first counts; the second carries the service's duplicate flag")
                .containsExactly(List.of(), List.of(Remark.ALREADY_REGISTERED.text()));
        assertThat(tap(gateB, SOFIE)).isInstanceOf(RegistrationStep.AlreadyRegistered.class);
        assertThat(workersOnTheList(gateA)).as("both foremen's lists have her, once")
                .isEqualTo(workersOnTheList(gateB)).containsExactly(WorkerId.of(SOFIE).key());
    }

    /** Check In and Out with the search: in at gate A, and gate B knows the next tap is going out. */
    @Test
    void aCleanerWhoCheckedInAtOneGateChecksOutAtTheOther() {
        start(Capabilities.ALL, "search");
        signIn(CLEANING);
        Worker cleaner = Worker.typed(WorkerId.of(CLEANER), IdentificationMethod.TYPED_NATIONAL_NUMBER);
        assertThat(gateA.registration().identify(cleaner)).isInstanceOf(RegistrationStep.EventRecorded.class);
        Await.until("the check-in accepted", PATIENCE, () -> gateA.attendanceLog().events(CLEANING, today()).stream()
                .allMatch(e -> e.delivery().status() == DeliveryStatus.ACCEPTED));
        gateB.attendanceLog().refresh();

        RegistrationStep atB = gateB.registration().identify(cleaner);

        assertThat(atB).as("gate B knows she is in").isInstanceOf(RegistrationStep.ChooseBreakOrEnd.class);
        assertThat(((RegistrationStep.ChooseBreakOrEnd) atB).employer()).hasValueSatisfying(c ->
                assertThat(c.enterpriseNumber().toString()).isEqualTo(CLEANING_COMPANY));
    }

    private void signIn(WorkplaceId workplace) {
        for (KioskAssembly gate : List.of(gateA, gateB)) {
            assertThat(SimulatorKiosks.signIn(gate, workplace)).isTrue();
        }
    }

    private void start(Capabilities service, String offers) {
        sim = new SimulatorFixture(Clock.systemUTC(), service);
        SimulatorKiosks gates = new SimulatorKiosks(sim, dir);
        gateA = gates.start("a", offers);
        gateB = gates.start("b", offers);
        signIn(GENT);
    }

    /** A typed national number; where the kiosk asks, the worker picks the builder. */
    private static RegistrationStep tap(KioskAssembly gate, Inss inss) {
        RegistrationStep step = gate.registration().identify(
                Worker.typed(WorkerId.of(inss), IdentificationMethod.TYPED_NATIONAL_NUMBER));
        if (step instanceof RegistrationStep.ChooseEmployer choose) {
            return gate.registration().chooseEmployer(choose, choose.companies().stream()
                    .filter(c -> c.enterpriseNumber().toString().equals(SimulatorFixture.SENDER)).findFirst().orElseThrow());
        }
        return step;
    }

    private Registration awaitAccepted(KioskAssembly gate, Inss inss) {
        Await.until("the registration accepted", PATIENCE, () -> ownRecord(gate, inss).delivery().status()
                == DeliveryStatus.ACCEPTED);
        return ownRecord(gate, inss);
    }

    private Registration ownRecord(KioskAssembly gate, Inss inss) {
        return gate.attendanceLog().registrations(GENT, today()).stream()
                .filter(r -> r.worker().equals(WorkerId.of(inss)) && r.method() != IdentificationMethod.CENTRAL_SEARCH)
                .findFirst().orElseThrow();
    }

    private java.util.Optional<String> receiptAt(KioskAssembly gate, Inss inss) {
        return ownRecord(gate, inss).delivery().receiptNumber();
    }

    private Set<String> workersOnTheList(KioskAssembly gate) {
        return gate.attendanceLog().registrations(GENT, today()).stream().map(r -> r.worker().key())
                .collect(Collectors.toSet());
    }

    private static LocalDate today() {
        return be.sitegate.domain.BelgianTime.today(Clock.systemUTC());
    }
}
