package be.sitegate.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Checks that concern a value's meaning or more than one key, run whenever a configuration is
 * made. Each error names the key and says what to write instead.
 */
final class ConfigChecks {

    /** System folders whose files are devices or kernel views, never a place for the kiosk's data. */
    private static final Path[] SYSTEM_FOLDERS = {Path.of("/dev"), Path.of("/proc"), Path.of("/sys")};

    private ConfigChecks() {
    }

    /** The waiting time starts at {@code initial} and doubles up to {@code max}: it cannot start above it. */
    static void backoff(Duration initial, Duration max) {
        if (initial.compareTo(max) > 0) {
            throw new ConfigException("sync.backoff-initial", DurationLimits.written(initial)
                    + " is longer than sync.backoff-max (" + DurationLimits.written(max)
                    + "); make it shorter or raise sync.backoff-max");
        }
    }

    /**
     * The store must be an ordinary file (or not exist yet) outside the system's device and kernel
     * folders: {@code /dev/null} as the store would accept every registration and keep none.
     */
    static void storeFile(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        for (Path system : SYSTEM_FOLDERS) {
            if (absolute.startsWith(system)) {
                throw new ConfigException("store.file", absolute + " is in " + system
                        + ", which holds devices or kernel files; choose a file on a disk, e.g. /var/lib/sitegate/kiosk.db");
            }
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            throw new ConfigException("store.file", absolute + " exists and is not an ordinary file (a folder, a device"
                    + " or a pipe); name the database file itself, e.g. " + absolute.resolve("kiosk.db"));
        }
    }

    /**
     * Where the exports and the evacuation list go unless the site manager picks another folder: a
     * folder (it need not exist at start-up: a stick is plugged in later), not a file, and not a system
     * folder of devices or kernel files.
     */
    static void exportFolder(Path folder) {
        Path absolute = folder.toAbsolutePath().normalize();
        for (Path system : SYSTEM_FOLDERS) {
            if (absolute.startsWith(system)) {
                throw new ConfigException("export.folder", absolute + " is in " + system
                        + ", which holds devices or kernel files; choose a folder on a disk or a stick, e.g. /media/sitegate");
            }
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new ConfigException("export.folder", absolute + " exists and is not a folder; name the folder the"
                    + " files go into, e.g. " + absolute.getParent());
        }
    }
}
