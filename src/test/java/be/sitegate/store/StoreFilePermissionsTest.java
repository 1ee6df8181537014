package be.sitegate.store;

import static be.sitegate.testkit.Fixtures.ANNA;
import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.testkit.UnderUmask;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk store holds national numbers: the database, its -wal and -shm are 0600 and the folders
 * the kiosk creates 0700, also when the kiosk runs with a umask that would make them world-readable.
 */
class StoreFilePermissionsTest {

    @TempDir
    Path dir;

    @Test
    void underUmask000TheStoreItsWalAndShmAre0600AndItsNewFolder0700() throws Exception {
        Path file = dir.resolve("data").resolve("sitegate").resolve("kiosk.db");
        String modes = UnderUmask.run("000", OpenStoreAndListModes.class, file.toString());

        assertThat(modes).as("the umask is really 000 in the child: a plain new file is world-writable")
                .contains("plain rw-rw-rw-");
        assertThat(modes).contains("sitegate rwx------", "kiosk.db rw-------", "kiosk.db-wal rw-------",
                "kiosk.db-shm rw-------");
        assertThat(mode(dir.resolve("data"))).as("every folder the kiosk creates").isEqualTo("rwx------");
    }

    @Test
    void anExistingWorldReadableStoreLosesGroupAndOtherBitsWhenOpened() throws Exception {
        Path file = dir.resolve("kiosk.db");
        try (KioskStore store = KioskStore.open(file, Clock.systemUTC())) {
            store.registrations().register(registration(ANNA, SITE, DAY));
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-rw-"));

        try (KioskStore store = KioskStore.open(file, Clock.systemUTC())) {
            store.registrations().register(registration(ANNA, SITE, DAY.plusDays(1)));
            assertThat(mode(file)).isEqualTo("rw-------");
            assertThat(mode(Path.of(file + "-wal"))).isEqualTo("rw-------");
            assertThat(mode(Path.of(file + "-shm"))).isEqualTo("rw-------");
        }
    }

    @Test
    void anExistingFolderIsLeftAsItIsForItMayBeSharedButTheFileInItIsPrivate() throws Exception {
        Path shared = Files.createDirectory(dir.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (KioskStore store = KioskStore.open(shared.resolve("kiosk.db"), Clock.systemUTC())) {
            assertThat(mode(shared)).isEqualTo("rwxr-xr-x");
            assertThat(mode(shared.resolve("kiosk.db"))).isEqualTo("rw-------");
        }
    }

    @Test
    void aStoreMadeReadOnlyOnPurposeStaysReadOnly() throws Exception {
        Path file = dir.resolve("kiosk.db");
        KioskStore.open(file, Clock.systemUTC()).close();
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        try {
            KioskStore.open(file, Clock.systemUTC()).close();
        } catch (StoreException expected) {
            // Refused as read-only (StartupFaultsTest says how); what matters here is the mode.
        }
        assertThat(mode(file)).as("group and others lose their bit, the owner keeps read-only").isEqualTo("r--------");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
