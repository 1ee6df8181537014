package be.sitegate.config;

import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
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
     * A simulation kiosk never reaches production, and a production kiosk takes no test shortcut.
     * The token endpoint is not checked in simulation: integrators fetch tokens from the production
     * OAuth server even for the simulation host, and that must stay possible when written on purpose.
     */
    static void environment(CentralEnvironment environment, Optional<URI> centralUrl, Optional<URI> tokenUrl,
            boolean acceptSpecimenCards) {
        if (environment == CentralEnvironment.SIMULATION) {
            centralUrl.filter(CentralEnvironment::isProduction).ifPresent(url -> {
                throw new ConfigException("central.url", url + " is the real service, and central.environment is "
                        + "simulation; write central.environment=production (kiosk-config/production.properties) "
                        + "or use the simulation address");
            });
            return;
        }
        centralUrl.filter(url -> !CentralEnvironment.isProduction(url)).ifPresent(url -> {
            throw new ConfigException("central.url", url + " is not the real service, and central.environment is "
                    + "production; use the address in kiosk-config/production.properties, or central.environment"
                    + "=simulation");
        });
        tokenUrl.filter(url -> !CentralEnvironment.isProduction(url)).ifPresent(url -> {
            throw new ConfigException("central.token-url", url + " is not the real service's token endpoint, and "
                    + "central.environment is production; use the one in kiosk-config/production.properties");
        });
        if (acceptSpecimenCards) {
            throw new ConfigException("card.accept-specimen", "is true, and central.environment is production: the "
                    + "public specimen cards are test cards; set it to false");
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
