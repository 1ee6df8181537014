package be.sitegate.ops;

import be.sitegate.app.DataFolderLock;
import be.sitegate.app.ProductionEnvironment;
import be.sitegate.card.PcscLibrary;
import be.sitegate.card.PcscTerminalSource;
import be.sitegate.card.TerminalSource;
import be.sitegate.central.CentralConfig;
import be.sitegate.config.ConfigException;
import be.sitegate.config.KioskConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The doctor's checks of a kiosk, in the order a person would look: the runtime, the display, the
 * configuration, then what the configuration names (reader, certificate, service, clock, disk,
 * database, badge-link key, queue). Without a usable configuration only what needs none is checked; the
 * configuration's own failure says what to fix first.
 */
public final class KioskChecks {

    private KioskChecks() {
    }

    /** Runs the checks of the kiosk configured by {@code configFile} (or the default file). */
    public static DoctorReport run(Optional<Path> configFile, Map<String, String> environment, boolean fromAShell,
            Clock clock) {
        return run(configFile, environment, fromAShell, clock, null);
    }

    /** The same, with the card readers given (a test's virtual ones); {@code null} for the real PC/SC stack. */
    static DoctorReport run(Optional<Path> configFile, Map<String, String> environment, boolean fromAShell,
            Clock clock, TerminalSource terminals) {
        List<CheckResult> results = new ArrayList<>();
        results.add(Check.safely(new JavaRuntimeCheck()));
        results.add(Check.safely(new DisplayCheck(environment, fromAShell)));
        ConfigurationCheck configuration = new ConfigurationCheck(configFile, environment);
        results.add(Check.safely(configuration));
        Optional<KioskConfig> config = configuration.config();
        if (config.isEmpty()) {
            results.add(Check.safely(new CardReaderCheck(terminals != null ? terminals : pcsc(Optional.empty()))));
            return new DoctorReport(results);
        }
        KioskConfig c = config.get();
        List<Check> checks = new ArrayList<>();
        checks.add(new CardReaderCheck(terminals != null ? terminals : pcsc(c.cardLibrary())));
        checks.add(new CertificateCheck(c, clock));
        centralConfig(c).ifPresentOrElse(central -> {
            CentralProbe probe = new CentralProbe(central, clock);
            checks.add(new CentralServiceCheck(probe, central, clock));
            checks.add(new ClockCheck(probe));
        }, () -> checks.add(new Unusable("central service", "the central service's settings cannot be used"
                + " (see the certificate and configuration checks)", "fix the certificate or configuration first")));
        Path dataFolder = c.storeFile().toAbsolutePath().getParent();
        checks.add(new DiskSpaceCheck(dataFolder));
        checks.add(new StoreCheck(c.storeFile()));
        checks.add(new BadgeLinkKeyCheck(DataFolderLock.folderOf(c.storeFile())));
        checks.add(new QueueCheck(c.storeFile(), clock));
        results.addAll(new Doctor(checks).run().results());
        return new DoctorReport(results);
    }

    /** Only the backup: a support person may check one on a machine that is no kiosk. */
    public static DoctorReport backup(Path file) {
        return new Doctor(List.of(new BackupCheck(file))).run();
    }

    private static TerminalSource pcsc(Optional<Path> library) {
        library.ifPresent(p -> System.setProperty(PcscLibrary.PROPERTY, p.toString()));
        return new PcscTerminalSource();
    }

    /** The service's settings exactly as the kiosk builds them, or empty when they cannot be used. */
    private static Optional<CentralConfig> centralConfig(KioskConfig config) {
        try {
            return Optional.of(ProductionEnvironment.from(config).central());
        } catch (ConfigException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty();
        }
    }

    /** A check that cannot run because something before it failed. */
    private record Unusable(String name, String detail, String fix) implements Check {
        @Override
        public CheckResult run() {
            return CheckResult.fail(name, detail, fix);
        }
    }
}
