package be.sitegate.store;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store reads on more than one connection: a worker's tap reading the store is not held up by
 * the forwarder reading its next batch, and a read after the store closed fails instead of hanging.
 */
class ConcurrentReadsTest {

    @TempDir
    Path dir;

    @Test
    void aReadGoesOnWhileAnotherIsInProgress() throws Exception {
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), new TestClock(Fixtures.SEVEN_AM))) {
            store.registrations().register(Fixtures.registration(Fixtures.worker(1), Fixtures.SITE, Fixtures.DAY));
            CountDownLatch inside = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            CompletableFuture<Integer> slow = CompletableFuture.supplyAsync(() -> store.database().read(c -> {
                inside.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return 1;
            }));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

            CompletableFuture<List<OutboxItem>> tap = CompletableFuture.supplyAsync(() -> store.outbox().due(10));
            assertThat(tap.get(5, TimeUnit.SECONDS)).as("read while the other read holds its connection").hasSize(1);

            release.countDown();
            assertThat(slow.get(5, TimeUnit.SECONDS)).isEqualTo(1);
        }
    }

    @Test
    void aReadAfterCloseFails() {
        KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), new TestClock(Fixtures.SEVEN_AM));
        store.close();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> store.outbox().counts())
                .isInstanceOf(StoreException.class);
    }
}
