package be.sitegate.store;

import static be.sitegate.testkit.Fixtures.BUILDER_NUMBER;
import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup is a consistent copy of a store in use, private like the store, never over another file;
 * and the documented restore (docs/OPERATIONS.md) gives back a store the kiosk opens with every
 * registration and its queue intact.
 */
class StoreBackupTest {

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(Fixtures.SEVEN_AM);

    @Test
    void aBackupTakenWhileTheKioskWritesIsConsistentAndRestoresIntact() throws Exception {
        Path live = dir.resolve("live").resolve("kiosk.db");
        Path backup = dir.resolve("backups").resolve("kiosk-backup.db");
        int before = 300;
        AtomicInteger written = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        AtomicReference<Throwable> writerFailure = new AtomicReference<>();
        StoreInspection.Report report;
        try (KioskStore store = KioskStore.open(live, clock)) {
            for (int i = 0; i < before; i++) {
                ClientReference ref = register(store, i);
                if (i % 3 == 0) {
                    store.outbox().record(List.of(new DeliveryOutcome.Accepted(ref, "1234567" + String.format("%05d", i),
                            List.of())));
                }
                written.incrementAndGet();
            }
            CountDownLatch writing = new CountDownLatch(1);
            Thread writer = new Thread(() -> {
                try {
                    for (int i = before; !stop.get(); i++) {
                        register(store, i);
                        written.incrementAndGet();
                        writing.countDown();
                    }
                } catch (Throwable t) {
                    writerFailure.set(t);
                    writing.countDown();
                }
            }, "kiosk-writer");
            writer.start();
            writing.await();
            report = StoreBackup.copy(live, backup);
            stop.set(true);
            writer.join();
        }
        assertThat(writerFailure.get()).as("the kiosk kept writing during the backup").isNull();
        assertThat(report.intact()).isTrue();
        assertThat(report.registrations()).isBetween(before, written.get());
        assertThat(report.outbox().accepted()).isEqualTo(100);
        assertThat(report.outbox().waiting()).isEqualTo(report.registrations() - 100);
        assertThat(report.schemaVersion()).isEqualTo(StoreInspection.knownSchemaVersion());
        assertThat(mode(backup)).isEqualTo("rw-------");
        assertThat(mode(backup.getParent())).isEqualTo("rwx------");
        assertThat(Path.of(backup + "-wal")).as("one self-contained file").doesNotExist();

        restore(backup, live);

        try (KioskStore restored = KioskStore.open(live, clock)) {
            assertThat(restored.outbox().counts().waiting() + restored.outbox().counts().accepted())
                    .isEqualTo(report.registrations());
            assertThat(restored.registrations().forDay(SITE, DAY)).hasSize(report.registrations());
            assertThat(restored.outbox().due(1000)).hasSize(report.registrations() - 100)
                    .allSatisfy(item -> assertThat(restored.outbox().delivery(item.reference()))
                            .hasValueSatisfying(d -> assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING)));
            assertThat(restored.registrations().find(worker(0), SITE, DAY)).isPresent();
            assertThat(foreignKeyProblems(restored)).isZero();
        }
    }

    @Test
    void aBackupNeverOverwritesAFile() throws Exception {
        Path live = dir.resolve("kiosk.db");
        try (KioskStore store = KioskStore.open(live, clock)) {
            register(store, 1);
        }
        Path existing = Files.writeString(dir.resolve("precious.db"), "someone's file");
        assertThatThrownBy(() -> StoreBackup.copy(live, existing)).isInstanceOf(StoreException.class)
                .hasMessageContaining("already exists");
        assertThat(Files.readString(existing)).isEqualTo("someone's file");
    }

    @Test
    void aMissingStoreIsSaidPlainly() {
        assertThatThrownBy(() -> StoreBackup.copy(dir.resolve("nothing.db"), dir.resolve("copy.db")))
                .isInstanceOf(StoreException.class).hasMessageContaining("no store at");
        assertThat(dir.resolve("copy.db")).doesNotExist();
    }

    @Test
    void aDamagedFileIsAFindingNotACrash() throws Exception {
        Path garbage = Files.write(dir.resolve("garbage.db"), new byte[8192]);
        StoreInspection.Report report = StoreInspection.inspect(garbage, StoreInspection.Depth.FULL);
        assertThat(report.intact()).isFalse();
        assertThat(report.problems()).isNotEmpty();
    }

    /** The procedure of docs/OPERATIONS.md, "Restore", with the kiosk stopped. */
    static void restore(Path backup, Path store) throws Exception {
        Path aside = Files.createDirectories(store.resolveSibling("before-restore"));
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = store.resolveSibling(store.getFileName() + suffix);
            if (Files.exists(f)) {
                Files.move(f, aside.resolve(f.getFileName()));
            }
        }
        Files.copy(backup, store, StandardCopyOption.COPY_ATTRIBUTES);
        Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rw-------"));
    }

    private ClientReference register(KioskStore store, int i) {
        clock.advance(Duration.ofMillis(1));
        return store.registrations().register(Fixtures.registration(SITE, worker(i), BUILDER_NUMBER, DAY,
                clock.instant())).registration().reference();
    }

    private static int foreignKeyProblems(KioskStore store) {
        return store.database().read(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("PRAGMA foreign_key_check"); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        });
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
