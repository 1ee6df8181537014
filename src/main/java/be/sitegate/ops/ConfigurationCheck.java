package be.sitegate.ops;

import be.sitegate.app.BadgeLinkSettings;
import be.sitegate.config.ConfigException;
import be.sitegate.config.ConfigFile;
import be.sitegate.config.KioskConfig;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The configuration loads as the kiosk loads it and has what a kiosk on a real service needs. Its
 * result also carries the configuration, so the checks that need it can run after it.
 */
public final class ConfigurationCheck implements Check {

    private final Optional<Path> file;
    private final Map<String, String> environment;
    private Optional<KioskConfig> loaded = Optional.empty();

    public ConfigurationCheck(Optional<Path> file, Map<String, String> environment) {
        this.file = file;
        this.environment = environment;
    }

    @Override
    public String name() {
        return "configuration";
    }

    @Override
    public CheckResult run() {
        Path shown = file.orElse(KioskConfig.defaultConfigFile(environment));
        try {
            KioskConfig config = ConfigFile.load(file, environment, false);
            config.requireCentralService();
            BadgeLinkSettings.declarationEnds(config);  // the workplace numbers, checked where the kiosk checks them
            loaded = Optional.of(config);
            return CheckResult.ok(name(), shown + " (store " + config.storeFile() + ", service "
                    + config.centralUrl().map(Object::toString).orElse("?") + ")");
        } catch (ConfigException e) {
            String fix = KioskConfig.KEYS.contains(e.key())
                    ? "edit " + e.key() + " in " + shown + " (every key is documented in " + ConfigFile.SAMPLE
                            + "), then run 'sitegate doctor' again"
                    : "write the configuration: copy " + ConfigFile.SAMPLE + " to " + shown + " and fill it in, or"
                            + " name the kiosk's file with --config FILE";
            return CheckResult.fail(name(), e.getMessage(), fix);
        }
    }

    /** The configuration, once {@link #run} found it good. */
    public Optional<KioskConfig> config() {
        return loaded;
    }
}
