package be.sitegate.cli;

import be.sitegate.app.KioskAssembly;
import be.sitegate.app.KioskEnvironment;
import be.sitegate.app.ProductionEnvironment;
import be.sitegate.config.ConfigFile;
import be.sitegate.config.KioskConfig;
import be.sitegate.demo.DemoEnvironment;
import be.sitegate.demoui.VirtualReaderWindow;
import be.sitegate.ui.AuxiliaryWindow;
import be.sitegate.ui.AdminTools;
import be.sitegate.ui.KioskLauncher;
import be.sitegate.ui.KioskServices;
import be.sitegate.ui.KioskSettings;
import be.sitegate.ui.shared.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.application.Platform;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code sitegate kiosk}: the full-screen kiosk, against the configured service or the demo. A
 * start-up failure (a bad configuration key, another kiosk on the same data folder) is one line on
 * standard error and exit code 1, through {@link SiteGateCommand}'s handler.
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

    @Override
    public Integer call() {
        Map<String, String> env = System.getenv();
        KioskConfig config = ConfigFile.load(Optional.ofNullable(configFile), env, demo);
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
            KioskSettings settings = settings(kiosk.config()).withWindowed(windowed || !config.fullScreen());
            KioskLauncher.launch(new KioskServices(kiosk.session(), kiosk.initialisation(), kiosk.registration(),
                    kiosk.cardEvents(), kiosk.deliveries(), kiosk.syncStatus(), kiosk.storageHealth(),
                    Optional.of(kiosk.attendanceLog()), settings, kiosk.sounds()).withPin(kiosk.pinGate())
                    .withAdmin(new AdminTools(kiosk.deliveryControl()::sendNow, Platform::exit,
                            Optional.of(kiosk.reports()), exportFolder(env)))
                    .withCorrections(kiosk.corrections()),
                    demoEnv.<AuxiliaryWindow>map(d -> new VirtualReaderWindow(d.reader(), new I18n(settings.defaultLocale())))
                            .stream().toList());
        }
        return 0;
    }

    /**
     * Where the administration's folder field starts: {@code SITEGATE_EXPORT_FOLDER} when set (e.g. the
     * stick's mount point under /media), else the user's home; the site manager can type another.
     */
    private static Path exportFolder(Map<String, String> env) {
        String set = env.get("SITEGATE_EXPORT_FOLDER");
        return set != null && !set.isBlank() ? Path.of(set) : Path.of(System.getProperty("user.home", "."));
    }

    private static KioskSettings settings(KioskConfig config) {
        return KioskSettings.defaults()
                .withReturnDelay(config.confirmationShownFor())
                .withDefaultLocale(Locale.forLanguageTag(config.language()));
    }
}
