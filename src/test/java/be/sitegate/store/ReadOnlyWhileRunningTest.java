package be.sitegate.store;

import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import be.sitegate.testkit.Fixtures;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fails under the open store and that the kernel turns read-only (ext4's
 * errors=remount-ro): SQLite reports an I/O error on the -wal, and the store says what it is, a
 * read-only disk, so the status bar tells the site manager which problem to look at.
 */
class ReadOnlyWhileRunningTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Fixtures.SEVEN_AM, ZoneOffset.UTC);

    @Test
    void aWriteOnADiskTurnedReadOnlyAfterAnErrorIsAReadOnlyFault() throws Exception {
        try (Ext4Image disk = Ext4Image.mountOrSkip(dir, 16)) {
            Path file = disk.path().resolve("kiosk.db");
            try (KioskStore store = KioskStore.open(file, clock)) {
                store.registrations().register(registration(Fixtures.worker(0), SITE, DAY));
                disk.fail();

                StoreException e = catchThrowableOfType(StoreException.class,
                        () -> store.registrations().register(registration(Fixtures.worker(1), SITE, DAY)));
                assertThat(e.reason()).isEqualTo(StoreException.Reason.READ_ONLY);
                assertThat(e.getMessage()).contains("(read-only)", file.toString());
                assertThat(e.resultCode()).hasValueSatisfying(code -> assertThat(code).startsWith("SQLITE_IOERR"));
            }
        }
    }
}
