package be.sitegate.ui;

import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Threads;
import be.sitegate.ui.shared.TimelineCountdown;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The kiosk as a JavaFX application. JavaFX constructs this class itself, so what it runs on comes
 * from {@link KioskLauncher#launch}; launch it through that plain main class, not this one.
 */
public final class KioskApp extends Application {

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
        launch.shown().run();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
    }
}
