package be.sitegate.app;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.EmployerResolver;
import be.sitegate.kiosk.InitialisationService;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.RegistrationService;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.Worker;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import be.sitegate.store.KioskStore;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;

/**
 * A worker's tap as the assembled kiosk makes it, on a real SQLite file: the registration service,
 * the store adapters with their {@link StorageFaults}, the health and its recovery probe. Only the
 * central service is a fake (it knows every worker's employer), so a tap never waits on a network.
 */
final class RealStoreKiosk implements AutoCloseable {

    final TestClock clock = TestClock.mondayMorning();
    final FakeCentralService central = new FakeCentralService().knows(Fixtures.construction());
    final KioskSession session = new KioskSession(clock);
    final KioskStore store;
    final StorageHealth health = new StorageHealth(clock);
    final StorageRecovery recovery;
    /** Probes finished so far, failed or not: what a test waits on instead of a guessed while. */
    final java.util.concurrent.atomic.AtomicInteger probes = new java.util.concurrent.atomic.AtomicInteger();
    final RegistrationService registration;

    RealStoreKiosk(Path file, Duration probeInterval) {
        store = KioskStore.open(file, clock);
        StorageFaults faults = new StorageFaults(health);
        recovery = new StorageRecovery(health, () -> {
            try {
                store.writeProbe().run();
            } finally {
                probes.incrementAndGet();
            }
        }, probeInterval);
        StoreEmployerChoices choices = new StoreEmployerChoices(store.employerChoices(), faults);
        registration = new RegistrationService(session, new EmployerResolver(central, choices), choices,
                new StorePresenceRecorder(store, faults, reference -> { }));
        new InitialisationService(central, new StoreInitialisationRepository(store.initialisations(), session), session)
                .initialise("foreman", "secret".toCharArray(), Fixtures.CIAW_SITE);
        recovery.start();
    }

    /** The national number of the {@code n}th worker of the morning (valid, distinct). */
    static Inss worker(int n) {
        String first9 = String.format("%02d%02d%02d%03d", 60 + n / 10_000 % 40, 1 + n / 1_000 % 12, 1 + n / 100 % 28,
                1 + n % 100);
        return Inss.parse(first9 + Fixtures.check(first9));
    }

    /** Worker {@code n} inserts their card. */
    RegistrationStep tap(int n) {
        central.employs(worker(n), Fixtures.ROOFER);
        return registration.identify(new Worker(WorkerId.of(worker(n)), IdentificationMethod.EID_CARD,
                Optional.of("Worker " + n)));
    }

    int registrationsToday() {
        return store.registrations().forDay(Fixtures.CIAW_SITE, session.today()).size();
    }

    boolean registered(int n) {
        return store.registrations().find(WorkerId.of(worker(n)), Fixtures.CIAW_SITE, session.today()).isPresent();
    }

    /** SQLite's own size limit on the writer: the same SQLITE_FULL as a full disk, without one. */
    void limitPagesTo(long pages) {
        store.database().write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA max_page_count = " + pages);
            }
            return null;
        });
    }

    long pages() {
        return store.database().read(c -> {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA page_count")) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    @Override
    public void close() {
        recovery.close();
        store.close();
    }
}
