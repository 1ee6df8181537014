package be.sitegate.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which configuration file the kiosk reads, and what a missing one means. A file named with
 * {@code --config} that is not there is a mistake (a typo in a unit file would otherwise start a
 * kiosk on defaults); no file at the default place is fine for the demo, which needs nothing, and
 * for a real kiosk it is the first thing a newcomer meets, so the message says where the kiosk
 * looked and where the documented sample is.
 */
public final class ConfigFile {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigFile.class);

    /** The documented sample, relative to the SiteGate sources (the package installs it as /etc/sitegate/sitegate.properties). */
    public static final String SAMPLE = "kiosk-config/sitegate.properties";

    private ConfigFile() {
    }

    /**
     * @param given the {@code --config} file, if one was given
     * @param demo whether the kiosk runs on the embedded simulator, which needs no configuration
     */
    public static KioskConfig load(Optional<Path> given, Map<String, String> environment, boolean demo) {
        if (given.isPresent()) {
            Path file = given.get();
            if (!Files.exists(file)) {
                throw new ConfigException(file.toString(), "no such file (given with --config); check the path, "
                        + "or start from the sample " + SAMPLE);
            }
            return KioskConfig.load(file, environment);
        }
        Path file = KioskConfig.defaultConfigFile(environment);
        if (!Files.exists(file)) {
            if (!demo) {
                throw new ConfigException(file.toString(), "no configuration: the kiosk looked for this file. Copy "
                        + "the sample " + SAMPLE + " (it documents every key) there and fill in the central "
                        + "service, or pass --config FILE; to try the kiosk without a service, add --demo");
            }
            LOG.info("no configuration file at {}; the demo runs on the defaults (sample: {})", file, SAMPLE);
        }
        return KioskConfig.load(file, environment);
    }
}
