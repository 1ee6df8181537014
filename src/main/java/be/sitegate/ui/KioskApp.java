package be.sitegate.ui;

import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Threads;
import be.sitegate.ui.shared.TimelineCountdown;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk as a JavaFX application. JavaFX constructs this class itself, so what it runs on comes
 * from {@link KioskLauncher#launch}; launch it through that plain main class, not this one.
 */
public final class KioskApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(KioskApp.class);

    private KioskWindow window;

    @Override
    public void start(Stage stage) {
        KioskLauncher.Launch launch = KioskLauncher.installed();
        KioskServices services = launch.services();
        I18n i18n = new I18n(services.settings().defaultLocale());
        KioskViewModel vm = new KioskViewModel(services, Threads.javafx(), new TimelineCountdown(), i18n);
        window = new KioskWindow(vm, i18n, services.settings());
        Rectangle2D bounds = Screen.getPrimary().getBounds();
        window.attach(stage, bounds.getWidth(), bounds.getHeight());
        stage.show();
        window.showAlongside(launch.auxiliaryWindows());
        whenFirstPainted(stage.getScene(), () -> {
            // The start-up benchmark (StartBenchmark) waits for this line: command to painted screen.
            LOG.info("first screen painted: {} ({} ms after the process started)", vm.flow.screen(),
                    ProcessHandle.current().info().startInstant()
                            .map(t -> java.time.Duration.between(t, java.time.Instant.now()).toMillis()).orElse(-1L));
            launch.shown().run();
        });
    }

    /**
     * Runs {@code then} once, on the FX thread, right after the first pulse that laid out and handed
     * the scene to the renderer: the window is on the screen with its first screen drawn.
     */
    static void whenFirstPainted(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(once[0]);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
