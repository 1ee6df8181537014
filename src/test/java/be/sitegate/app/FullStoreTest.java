package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.store.Tmpfs;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full store on a worker's tap: the worker's step fails with the storage reason and nothing is
 * half written, one ERROR line names SQLITE_FULL, the file and the free space (never the worker's
 * number), the health turns FAILING and stays so while the store is full, and once there is room
 * again the probe turns it OK without anyone tapping, after which the same worker registers.
 */
class FullStoreTest {

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(50);

    @TempDir
    Path dir;

    @Test
    void aStoreAtSqlitesPageLimitFailsTheTapAndRecoversByItselfWhenTheLimitIsRaised() throws Exception {
        Path file = dir.resolve("kiosk.db");
        try (LogCapture log = new LogCapture(); RealStoreKiosk kiosk = new RealStoreKiosk(file, PROBE_INTERVAL)) {
            kiosk.limitPagesTo(kiosk.pages());
            int failedAt = tapUntilTheStoreIsFull(kiosk, 0, 10_000);

            assertTheTapFailedCleanly(kiosk, log, file, failedAt);

            kiosk.limitPagesTo(kiosk.pages() + 1_000); // the space returns
            assertRecoversWithoutATap(kiosk, log);
            assertThat(kiosk.tap(failedAt)).isInstanceOf(RegistrationStep.Registered.class);
            assertThat(kiosk.registrationsToday()).isEqualTo(failedAt + 1);
        }
    }

    @Test
    void aRealFullFileSystemFailsTheTapAndRecoversByItselfWhenTheFillerIsDeleted() throws Exception {
        try (Tmpfs disk = Tmpfs.mountOrSkip(dir.resolve("disk"), 4)) {
            Path file = disk.path().resolve("kiosk.db");
            try (LogCapture log = new LogCapture(); RealStoreKiosk kiosk = new RealStoreKiosk(file, PROBE_INTERVAL)) {
                assertThat(kiosk.tap(0)).isInstanceOf(RegistrationStep.Registered.class);
                Path filler = disk.fill();
                assertThat(Files.getFileStore(disk.path()).getUsableSpace()).isZero();

                int failedAt = tapUntilTheStoreIsFull(kiosk, 1, 50);
                assertTheTapFailedCleanly(kiosk, log, file, failedAt);
                assertThat(log.at(Level.ERROR).get(0).getFormattedMessage()).contains("; 0 MB free");

                Files.delete(filler);
                assertRecoversWithoutATap(kiosk, log);
                assertThat(kiosk.tap(failedAt)).isInstanceOf(RegistrationStep.Registered.class);
                assertThat(kiosk.registrationsToday()).isEqualTo(failedAt + 1);
            }
        }
    }

    /** Workers {@code from}, {@code from + 1}, ... come until one cannot be stored; returns that worker's number. */
    private static int tapUntilTheStoreIsFull(RealStoreKiosk kiosk, int from, int atMost) {
        for (int n = from; n < from + atMost; n++) {
            int worker = n;
            StorageFailedException failure = catchThrowableOfType(StorageFailedException.class, () -> kiosk.tap(worker));
            if (failure != null) {
                assertThat(failure.reason()).isEqualTo(StorageFailedException.Reason.FULL);
                return n;
            }
        }
        throw new AssertionError("the store never filled up");
    }

    private static void assertTheTapFailedCleanly(RealStoreKiosk kiosk, LogCapture log, Path file, int failedAt)
            throws InterruptedException {
        assertThat(kiosk.registered(failedAt)).as("the failed worker is not registered").isFalse();
        assertThat(kiosk.registrationsToday()).isEqualTo(failedAt);
        assertThat(kiosk.store.outbox().counts().pending()).as("an outbox row for each registration, no more")
                .isEqualTo(failedAt);

        List<ILoggingEvent> errors = log.at(Level.ERROR);
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getLoggerName()).isEqualTo(StorageFaults.class.getName());
        assertThat(errors.get(0).getFormattedMessage()).contains("SQLITE_FULL", "disk full", file.toString(), " MB free")
                .doesNotContain(RealStoreKiosk.worker(failedAt).toString());

        assertThat(kiosk.health.current()).isInstanceOfSatisfying(StorageHealth.Failing.class,
                f -> assertThat(f.reason()).isEqualTo(StorageFailedException.Reason.FULL));
        int probed = kiosk.probes.get();
        be.sitegate.testkit.Await.until("six more probes on a store that is still full", Duration.ofSeconds(30),
                () -> kiosk.probes.get() >= probed + 6);
        assertThat(kiosk.health.failing()).as("the probe does not find room that is not there").isTrue();
        assertThat(log.at(Level.ERROR)).as("a failing probe does not log ERROR again").hasSize(1);
    }

    private static void assertRecoversWithoutATap(RealStoreKiosk kiosk, LogCapture log) throws InterruptedException {
        CountDownLatch ok = new CountDownLatch(1);
        kiosk.health.subscribe(state -> {
            if (state instanceof StorageHealth.Ok) {
                ok.countDown();
            }
        });
        assertThat(ok.await(10, TimeUnit.SECONDS)).as("the probe saw the store work again").isTrue();
        assertThat(log.lines()).anySatisfy(line -> assertThat(line).contains("can be written again"));
    }
}
