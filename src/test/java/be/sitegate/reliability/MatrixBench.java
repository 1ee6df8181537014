package be.sitegate.reliability;

import be.sitegate.app.KioskAssembly;
import be.sitegate.app.SimulatorKiosks;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.sync.Backoff;
import be.sitegate.testkit.Fixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The real parts the matrix runs on: the project's simulator as a real HTTPS server on loopback
 * (on the wall clock, so its "today" is the kiosk's), and one assembled kiosk with its own SQLite
 * store, its real outbox forwarder and its status source, signed in on a Checkinatwork site. The
 * kiosk's backoff and read timeout are the shortest its configuration accepts, so a fault that
 * takes the forwarder through its whole ramp lasts seconds, not minutes.
 */
final class MatrixBench implements AutoCloseable {

    static final WorkplaceId SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    /** {@code sync.backoff-initial} and {@code sync.backoff-max} at their lowest allowed values. */
    static final Duration BACKOFF_BASE = Duration.ofMillis(100);
    static final Duration BACKOFF_CAP = Duration.ofSeconds(1);
    /** {@code central.read-timeout} at its lowest allowed value. */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(1);

    private final SimulatorFixture sim;
    private final KioskAssembly kiosk;
    private final StatusTrail status;
    private final FailedExchanges failures;
    private int nextWorker;

    MatrixBench(Path dir) {
        sim = new SimulatorFixture(Clock.systemUTC());
        SimulatorKiosks kiosks = new SimulatorKiosks(sim, dir);
        failures = new FailedExchanges();
        kiosk = kiosks.start("matrix", "", Clock.systemUTC(),
                Map.of("sync.backoff-initial", BACKOFF_BASE.toMillis() + "ms",
                        "sync.backoff-max", BACKOFF_CAP.toSeconds() + "s"),
                central -> central.withTimeouts(Duration.ofSeconds(1), READ_TIMEOUT, Duration.ofSeconds(1),
                        Duration.ofSeconds(5)));
        if (!SimulatorKiosks.signIn(kiosk, SITE)) {
            close();
            throw new IllegalStateException("the kiosk could not be opened on " + SITE);
        }
        status = new StatusTrail(kiosk.syncStatus());
    }

    /** The forwarder's backoff as this kiosk is configured (the random draw does not matter to a bound). */
    static Backoff backoff() {
        return new Backoff(BACKOFF_BASE, BACKOFF_CAP, () -> 0);
    }

    SimulatorFixture sim() {
        return sim;
    }

    StatusTrail status() {
        return status;
    }

    long failedExchanges() {
        return failures.count();
    }

    /** A worker nobody registered yet today types their national number; where asked, picks the builder. */
    Registration registerNextWorker() {
        Worker worker = Worker.typed(Fixtures.worker(nextWorker++), IdentificationMethod.TYPED_NATIONAL_NUMBER);
        RegistrationStep step = kiosk.registration().identify(worker);
        if (step instanceof RegistrationStep.ChooseEmployer choose) {
            step = kiosk.registration().chooseEmployer(choose, choose.companies().stream()
                    .filter(c -> c.enterpriseNumber().toString().equals(SimulatorFixture.SENDER)).findFirst()
                    .orElseThrow());
        }
        if (!(step instanceof RegistrationStep.Registered registered)) {
            throw new AssertionError("not registered: " + step);
        }
        return registered.registration();
    }

    /** The kiosk's own record of a registration, as its store holds it now. */
    Optional<Registration> onTheKiosk(Registration made) {
        return kiosk.attendanceLog().registrations(SITE, made.date()).stream()
                .filter(r -> r.reference().equals(made.reference())).findFirst();
    }

    /** Rows at the service for this client reference: 1 is exactly once. */
    int atTheService(Registration made) {
        return sim.registrationCount(made.reference().value());
    }

    /** Standing registrations of the worker at the service on the kiosk's site that day, whoever sent them. */
    int standingAtTheService(Registration made) {
        String inss = ((be.sitegate.domain.WorkerId.National) made.worker()).inss().toString();
        return sim.server().remarksOfPerson(SITE.toString(), made.date(), inss).size();
    }

    static LocalDate today() {
        return BelgianTime.today(Clock.systemUTC());
    }

    @Override
    public void close() {
        if (status != null) {
            status.close();
        }
        kiosk.close();
        failures.close();
        sim.close();
    }
}
