package be.sitegate.cli;

import be.sitegate.app.KioskAssembly;
import be.sitegate.app.KioskEnvironment;
import be.sitegate.app.ProductionEnvironment;
import be.sitegate.config.ConfigException;
import be.sitegate.config.ConfigFile;
import be.sitegate.config.KioskConfig;
import be.sitegate.demo.DemoEnvironment;
import be.sitegate.demoui.VirtualReaderWindow;
import be.sitegate.logging.FileLog;
import be.sitegate.ops.SupportLogs;
import be.sitegate.store.StoreException;
import be.sitegate.ui.AuxiliaryWindow;
import be.sitegate.ui.AdminTools;
import be.sitegate.ui.KioskLauncher;
import be.sitegate.ui.KioskServices;
import be.sitegate.ui.KioskSettings;
import be.sitegate.ui.configerror.ConfigErrorLauncher;
import be.sitegate.ui.configerror.ConfigProblem;
import be.sitegate.ui.configerror.StoreProblem;
import be.sitegate.ui.shared.I18n;
import be.sitegate.watchdog.Heartbeat;
import be.sitegate.watchdog.NotifySocket;
import be.sitegate.watchdog.ThreadPing;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitegate kiosk}: the full-screen kiosk, against the configured service or the demo. A
 * start-up failure (a bad configuration key, another kiosk on the same data folder) is one line on
 * standard error and exit code 1, through {@link SiteGateCommand}'s handler; with
 * {@code --show-config-errors} (the kiosk unit), a configuration error or a database the kiosk
 * cannot use (damaged, read-only, on a full disk) is also shown full screen and the kiosk stays up
 * until it is fixed and restarted. Under systemd it tells the watchdog it is
 * alive ({@link Heartbeat}).
 */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = {"Runs the kiosk full screen.",
                "With --demo: the embedded simulator of the central service and a virtual eID reader, "
                        + "with a small window to insert and remove specimen cards."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {
                "0:the kiosk was closed",
                "1:it could not start (the message says why, e.g. a configuration key, or another kiosk "
                        + "already using the data folder) or stopped on an error",
                "2:a mistake on the command line"})
final class KioskCommand implements Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ~/.config/sitegate/sitegate.properties; "
                    + "sample: kiosk-config/sitegate.properties).")
    Path configFile;

    @Option(names = "--demo", description = "Use the embedded simulator and the virtual card reader.")
    boolean demo;

    @Option(names = "--windowed", description = "A normal window instead of full screen (for setting up).")
    boolean windowed;

    @Option(names = "--show-config-errors",
            description = "Show a configuration error, or a database that cannot be used, on the screen and stay "
                    + "up until the kiosk is restarted (for the kiosk unit, where nobody reads standard error), as "
                    + "well as on standard error.")
    boolean showConfigErrors;

    /** Puts a configuration problem on the screen and blocks; a test shows the same view in its own stage. */
    BiConsumer<ConfigProblem, Runnable> configErrorScreen =
            (problem, shown) -> ConfigErrorLauncher.show(problem, !windowed, shown);

    /** Puts a database the kiosk cannot start on on the screen and blocks; a test shows it in its own stage. */
    BiConsumer<StoreProblem, Runnable> storeErrorScreen =
            (problem, shown) -> ConfigErrorLauncher.show(problem, !windowed, shown);

    /** The process's environment; a test gives the command its own (the demo's data folder is under XDG_DATA_HOME). */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        Map<String, String> env = environment;
        Optional<Heartbeat> heartbeat = startHeartbeat(env);
        try {
            return runKiosk(env, heartbeat);
        } catch (ConfigException e) {
            if (!showConfigErrors) {
                throw e;
            }
            System.err.println("sitegate: " + e.getMessage()); // the journal has it too
            heartbeat.ifPresent(h -> h.status("configuration error: " + e.getMessage()));
            Path file = configFile != null ? configFile : KioskConfig.defaultConfigFile(env);
            configErrorScreen.accept(problemOf(e, file), () -> heartbeat.ifPresent(h ->
                    h.ready(List.of(new Heartbeat.Probe("the screen's thread", new ThreadPing(Platform::runLater))))));
            return 1;
        } finally {
            heartbeat.ifPresent(Heartbeat::close);
        }
    }

    private int runKiosk(Map<String, String> env, Optional<Heartbeat> heartbeat) {
        KioskConfig config = ConfigFile.load(Optional.ofNullable(configFile), env, demo);
        // Beside the journal, the kiosk's own rolling files in its data folder, for 'sitegate logs'.
        FileLog.startIn(demo ? KioskConfig.defaultDataDir(env).resolve("demo").resolve("logs")
                : SupportLogs.folderOf(config));
        try {
            return run(config, env, heartbeat);
        } catch (StoreException e) {
            if (!showConfigErrors) {
                throw e;
            }
            // The store's message says which problem, where the file is and the way back (a backup).
            System.err.println("sitegate: " + e.getMessage());
            heartbeat.ifPresent(h -> h.status("database error: " + e.getMessage()));
            storeErrorScreen.accept(new StoreProblem(e.getMessage(), e.file().orElse(config.storeFile()),
                    Locale.forLanguageTag(config.language())), () -> heartbeat.ifPresent(h ->
                    h.ready(List.of(new Heartbeat.Probe("the screen's thread", new ThreadPing(Platform::runLater))))));
            return 1;
        } finally {
            // The process ends here; a test that ran the command in its own JVM keeps no file appender.
            FileLog.stop();
        }
    }

    private int run(KioskConfig config, Map<String, String> env, Optional<Heartbeat> heartbeat) {
        Clock clock = Clock.systemUTC();
        Optional<DemoEnvironment> demoEnv = demo
                ? Optional.of(DemoEnvironment.start(config, KioskConfig.defaultDataDir(env).resolve("demo"), clock))
                : Optional.empty();
        KioskEnvironment environment = demoEnv.map(DemoEnvironment::environment)
                .orElseGet(() -> ProductionEnvironment.from(config));
        demoEnv.ifPresent(d -> System.err.println("SiteGate demo: simulator at " + d.simulator().baseUrl()
                + "; initialise with user '" + DemoEnvironment.SIGN_IN.user() + "', password '"
                + DemoEnvironment.SIGN_IN.password() + "', workplace "
                + String.join(" or ", DemoEnvironment.SIGN_IN.workplaces()) + "."));
        try (KioskAssembly kiosk = KioskAssembly.start(environment, clock)) {
            KioskSettings settings = settings(kiosk.config()).withWindowed(windowed || !config.fullScreen())
                    .withCertificateExpiry(kiosk.certificateExpiry());
            Runnable shown = () -> heartbeat.ifPresent(h -> h.ready(List.of(
                    new Heartbeat.Probe("the screen's thread", new ThreadPing(Platform::runLater)),
                    new Heartbeat.Probe("the outbox forwarder", kiosk::forwarderResponsive))));
            KioskLauncher.launch(new KioskServices(kiosk.session(), kiosk.initialisation(), kiosk.registration(),
                    kiosk.cardEvents(), kiosk.deliveries(), kiosk.syncStatus(), kiosk.storageHealth(),
                    Optional.of(kiosk.attendanceLog()), settings, kiosk.sounds()).withPin(kiosk.pinGate())
                    .withAdmin(new AdminTools(kiosk.deliveryControl()::sendNow, Platform::exit,
                            Optional.of(kiosk.reports()), kiosk.config().exportFolder())
                            .withErrors(kiosk.errorHistory()).withEvacuationList(kiosk.evacuationList()))
                    .withCorrections(kiosk.corrections()).withBadges(kiosk.badges()),
                    demoEnv.<AuxiliaryWindow>map(d -> new VirtualReaderWindow(d.reader(), new I18n(settings.defaultLocale())))
                            .stream().toList(), shown);
        }
        return 0;
    }

    /** Under systemd with WatchdogSec=: beats from now on (unconditionally until the first screen shows). */
    private static Optional<Heartbeat> startHeartbeat(Map<String, String> env) {
        Optional<Heartbeat> heartbeat = NotifySocket.fromEnvironment(env).map(Heartbeat::new);
        heartbeat.ifPresent(h -> Heartbeat.interval(env).ifPresent(h::start));
        return heartbeat;
    }

    static ConfigProblem problemOf(ConfigException e, Path file) {
        String prefix = e.key() + ": ";
        String problem = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
        return new ConfigProblem(e.key(), problem, file);
    }

    private static KioskSettings settings(KioskConfig config) {
        return KioskSettings.defaults()
                .withReturnDelay(config.confirmationShownFor())
                .withDefaultLocale(Locale.forLanguageTag(config.language()))
                .withLanguages(config.languages());
    }
}
