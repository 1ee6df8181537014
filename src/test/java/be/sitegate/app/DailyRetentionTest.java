package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.store.DeliveryOutcome;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.Await;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk purges at start, off the caller's thread, and a failing purge does not stop it. */
class DailyRetentionTest {

    @TempDir
    Path dir;

    @Test
    void theFirstPurgeRunsAtStartOnItsOwnThread() {
        TestClock clock = new TestClock(Fixtures.SEVEN_AM);
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            ClientReference old = store.registrations().register(Fixtures.registration(Fixtures.ANNA, Fixtures.SITE,
                    Fixtures.DAY)).registration().reference();
            store.outbox().record(List.of(new DeliveryOutcome.Accepted(old, "123456789012", List.of())));
            ClientReference waiting = store.registrations().register(Fixtures.registration(Fixtures.BOGDAN,
                    Fixtures.SITE, Fixtures.DAY)).registration().reference();
            clock.advance(Duration.ofDays(60));

            try (DailyRetention retention = new DailyRetention(store.retention(), 45)) {
                retention.start();
                Await.until("the accepted record is purged", Duration.ofSeconds(20),
                        () -> store.outbox().delivery(old).isEmpty());
            }
            assertThat(store.outbox().delivery(waiting)).as("never an unsent record").isPresent();
        }
    }

    @Test
    void aFailedPurgeIsLoggedNotThrown() {
        TestClock clock = new TestClock(Fixtures.SEVEN_AM);
        KioskStore store = KioskStore.open(dir.resolve("closed.db"), clock);
        store.close();
        try (DailyRetention retention = new DailyRetention(store.retention(), 45)) {
            retention.runOnce();
        }
    }
}
