package be.sitegate.ui;

import javafx.application.Application;

/** Launches {@link KioskApp} from the classpath (a main in a non-Application class avoids "runtime components are missing"). */
public final class KioskLauncher {

    private KioskLauncher() {
    }

    /** Installs the services and blocks until the kiosk window closes. */
    public static void launch(KioskServices services, String... args) {
        KioskServices.install(services);
        Application.launch(KioskApp.class, args);
    }
}
