package be.sitegate.ui.configerror;

import java.util.Objects;
import java.util.function.Supplier;
import javafx.application.Application;
import javafx.scene.Parent;

/**
 * Shows a {@link ConfigProblem} or a {@link StoreProblem} full screen until the window is closed, so
 * that a kiosk that cannot start says why where someone looks, and stays up instead of being
 * restarted by systemd every few seconds on a black screen.
 */
public final class ConfigErrorLauncher {

    record Launch(Supplier<Parent> view, boolean fullScreen, Runnable shown) {
        Launch {
            Objects.requireNonNull(view, "view");
            Objects.requireNonNull(shown, "shown");
        }
    }

    private static volatile Launch installed;

    private ConfigErrorLauncher() {
    }

    /** Blocks until the window closes; {@code shown} runs on the FX thread once it is on screen. */
    public static void show(ConfigProblem problem, boolean fullScreen, Runnable shown) {
        Objects.requireNonNull(problem, "problem");
        launch(new Launch(() -> new ConfigErrorView(problem), fullScreen, shown));
    }

    /** The same for a database the kiosk cannot start on. */
    public static void show(StoreProblem problem, boolean fullScreen, Runnable shown) {
        Objects.requireNonNull(problem, "problem");
        launch(new Launch(() -> new StoreErrorView(problem), fullScreen, shown));
    }

    private static void launch(Launch launch) {
        installed = launch;
        Application.launch(ConfigErrorApp.class);
    }

    static Launch installed() {
        Launch launch = installed;
        if (launch == null) {
            throw new IllegalStateException("launch ConfigErrorApp through ConfigErrorLauncher.show(...)");
        }
        return launch;
    }
}
