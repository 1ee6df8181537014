package be.sitegate.app;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a child JVM by {@link DataFolderLockTest}: a second kiosk process in miniature. It takes the
 * data folder named by its argument and prints {@code HOLDING <pid>}, or prints {@code REFUSED
 * <message>} and ends. A holder keeps the folder until it is killed, or until its standard input
 * closes, so it never outlives a test JVM that died.
 */
public final class DataFolderHolder {

    private DataFolderHolder() {
    }

    public static void main(String[] args) throws IOException {
        DataFolderLock held;
        try {
            held = DataFolderLock.acquire(Path.of(args[0]), Clock.systemUTC());
        } catch (DataFolderInUseException e) {
            System.out.println("REFUSED " + e.getMessage());
            return;
        }
        System.out.println("HOLDING " + ProcessHandle.current().pid());
        System.out.flush();
        while (System.in.read() != -1) {
            // holding until killed or orphaned
        }
        held.close();
    }
}
