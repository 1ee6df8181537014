package be.sitegate.store;

import be.sitegate.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;

/**
 * Child-process half of {@link StoreFilePermissionsTest}: opens a kiosk store at {@code args[0]},
 * stores one registration (so the -wal and -shm exist) and prints, while the store is still open,
 * each file's mode; then a plain file made by {@code Files.createFile}, which shows the umask at work.
 */
public final class OpenStoreAndListModes {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        try (KioskStore store = KioskStore.open(file, Clock.systemUTC())) {
            store.registrations().register(Fixtures.registration(Fixtures.ANNA, Fixtures.SITE, Fixtures.DAY));
            for (Path p : new Path[] {file.getParent(), file, Path.of(file + "-wal"), Path.of(file + "-shm")}) {
                System.out.println(p.getFileName() + " " + PosixFilePermissions.toString(Files.getPosixFilePermissions(p)));
            }
            Path plain = Files.createFile(file.resolveSibling("plain"));
            System.out.println("plain " + PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
        }
    }
}
