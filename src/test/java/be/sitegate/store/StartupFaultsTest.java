package be.sitegate.store;

import be.sitegate.testkit.Fixtures;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store that cannot be used is refused at start-up with a message that says which problem it is,
 * where the file is and what to do, never SQLite's own wording (that stays in the cause). We run as
 * root, for whom permission bits do not stop a write, so read-only means what stops root too: the
 * immutable attribute ({@code chattr +i}) and a file system mounted read-only.
 */
class StartupFaultsTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Fixtures.SEVEN_AM, ZoneOffset.UTC);

    @Test
    void aFileNobodyMayWriteIsRefusedAsReadOnlyNamingTheFileAndWhatToDo() {
        Path file = dir.resolve("kiosk.db");
        storeWithOneRegistration(file);
        String failure = Commands.run("chattr", "+i", file.toString());
        Assumptions.assumeTrue(failure == null, () -> "skipped: cannot make a file immutable here: " + failure);
        try {
            StoreException e = catchThrowableOfType(StoreException.class, () -> Database.open(file));
            assertThat(e.reason()).isEqualTo(StoreException.Reason.READ_ONLY);
            assertThat(e.resultCode()).contains("SQLITE_READONLY");
            assertStartupAdvice(e, file, "is read-only", "writable", "start SiteGate again");
            assertThat(e.getCause().getMessage()).contains("readonly"); // SQLite's text, kept for the log
        } finally {
            Commands.run("chattr", "-i", file.toString());
        }
    }

    @Test
    void aStoreOnADiskMountedReadOnlyIsRefusedAsReadOnly() throws Exception {
        try (Tmpfs disk = Tmpfs.mountOrSkip(dir.resolve("disk"), 4)) {
            Path file = disk.path().resolve("kiosk.db");
            storeWithOneRegistration(file);
            disk.remountReadOnly();
            StoreException e = catchThrowableOfType(StoreException.class, () -> Database.open(file));
            // SQLite cannot create the -shm file next to a WAL database and says "cannot open".
            assertThat(e.reason()).isEqualTo(StoreException.Reason.READ_ONLY);
            assertStartupAdvice(e, file, "is read-only", disk.path().toString(), "mounted read-write");
        }
    }

    @Test
    void garbageBytesAreRefusedAsDamagedWithTheWayToABackup() throws Exception {
        Path file = dir.resolve("kiosk.db");
        byte[] garbage = new byte[64 * 1024];
        new Random(8).nextBytes(garbage);
        Files.write(file, garbage);
        assertDamaged(file);
    }

    @Test
    void aFileThatIsNoDatabaseIsRefusedAsDamaged() throws Exception {
        Path file = dir.resolve("kiosk.db");
        Files.writeString(file, "#!/bin/sh\necho this is a script someone saved under the store's name\n".repeat(100));
        assertDamaged(file);
    }

    @Test
    void aDatabaseWithDamagedPagesBehindAGoodHeaderIsRefusedAtStartUpNotAtATap() throws Exception {
        Path file = dir.resolve("kiosk.db");
        try (KioskStore store = KioskStore.open(file, clock)) {
            for (int i = 0; i < 300; i++) {
                store.registrations().register(registration(Fixtures.worker(i), SITE, DAY));
            }
        } // the last close checkpoints the WAL into the file and removes it
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw")) {
            assertThat(raw.length()).isGreaterThan(12 * 4096L);
            raw.seek(6 * 4096L); // pages 7 to 10: table and index pages, far from the header
            byte[] scribble = new byte[4 * 4096];
            java.util.Arrays.fill(scribble, (byte) 0xA5);
            raw.write(scribble);
        }
        assertDamaged(file);
    }

    private void storeWithOneRegistration(Path file) {
        try (KioskStore store = KioskStore.open(file, clock)) {
            store.registrations().register(registration(Fixtures.ANNA, SITE, DAY));
        }
    }

    private static void assertDamaged(Path file) {
        StoreException e = catchThrowableOfType(StoreException.class, () -> Database.open(file));
        assertThat(e.reason()).isEqualTo(StoreException.Reason.CORRUPT);
        assertThat(e.resultCode()).hasValueSatisfying(code -> assertThat(code).isIn("SQLITE_NOTADB", "SQLITE_CORRUPT"));
        assertStartupAdvice(e, file, "is damaged", "kiosk.db-wal", "latest backup", "empty store");
    }

    private static void assertStartupAdvice(StoreException e, Path file, String... says) {
        assertThat(e.getMessage()).contains(file.toString()).contains(says)
                .doesNotContain("\n")
                // SQLite's own words, which tell a site manager nothing:
                .doesNotContain("Attempt to write", "file is not a database", "malformed", "unable to open", "[SQLITE_");
    }
}
