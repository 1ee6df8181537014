package be.sitegate.ui;

import java.util.List;
import java.util.Objects;
import javafx.application.Application;

/**
 * Launches {@link KioskApp} from the classpath (a main in a non-Application class avoids "runtime
 * components are missing"). JavaFX constructs the Application itself, so what it needs is handed
 * over here, before {@code Application.launch}.
 */
public final class KioskLauncher {

    /** What {@link KioskApp} runs on: the services, and windows to show beside the kiosk's own. */
    record Launch(KioskServices services, List<AuxiliaryWindow> auxiliaryWindows, Runnable shown) {
        Launch {
            Objects.requireNonNull(services, "services");
            Objects.requireNonNull(shown, "shown");
            auxiliaryWindows = List.copyOf(auxiliaryWindows);
        }
    }

    private static volatile Launch installed;

    private KioskLauncher() {
    }

    /** Blocks until the kiosk window closes; {@code auxiliaryWindows} open and close with it. */
    public static void launch(KioskServices services, List<AuxiliaryWindow> auxiliaryWindows, String... args) {
        launch(services, auxiliaryWindows, () -> { }, args);
    }

    /** As above; {@code shown} runs on the FX thread once the first screen is on show (systemd's READY=1). */
    public static void launch(KioskServices services, List<AuxiliaryWindow> auxiliaryWindows, Runnable shown,
            String... args) {
        installed = new Launch(services, auxiliaryWindows, shown);
        Application.launch(KioskApp.class, args);
    }

    static Launch installed() {
        Launch launch = installed;
        if (launch == null) {
            throw new IllegalStateException("launch KioskApp through KioskLauncher.launch(...)");
        }
        return launch;
    }
}
