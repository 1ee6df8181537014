package be.sitegate.app;

import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.Fixtures;
import ch.qos.logback.classic.Level;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The delivery watch runs inside the forwarder's status listener; on a store that cannot be read
 * (damaged, gone) it waits for the next report instead of throwing, which the forwarder's status
 * board logged as a WARN with a stack trace at every status change, all through a store fault.
 */
class DeliveryWatchOnAFailingStoreTest {

    @TempDir
    Path dir;

    @Test
    void aStoreThatCannotBeReadIsLeftToTheStorageHealthAndNothingIsReportedOrThrown() {
        KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), Clock.fixed(Fixtures.SEVEN_AM, ZoneOffset.UTC));
        DeliveryWatch watch = new DeliveryWatch(store.outbox());
        watch.watch(store.registrations().register(registration(Fixtures.ANNA, SITE, DAY)).registration().reference());
        List<DeliveryUpdates.Update> reported = new CopyOnWriteArrayList<>();
        watch.subscribe(reported::add);
        store.close(); // every read now fails with a StoreException, as on a store that cannot be read

        try (LogCapture log = new LogCapture()) {
            watch.refresh();
            assertThat(reported).isEmpty();
            assertThat(log.at(Level.WARN)).isEmpty();
            assertThat(log.at(Level.ERROR)).isEmpty();
        }
    }
}
