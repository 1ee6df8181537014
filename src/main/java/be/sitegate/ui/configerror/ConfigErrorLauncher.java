package be.sitegate.ui.configerror;

import java.util.Objects;
import javafx.application.Application;

/**
 * Shows a {@link ConfigProblem} full screen until the window is closed, so that a kiosk with a wrong
 * configuration says so where someone looks, and stays up instead of being restarted by systemd
 * every few seconds on a black screen.
 */
public final class ConfigErrorLauncher {

    record Launch(ConfigProblem problem, boolean fullScreen, Runnable shown) {
        Launch {
            Objects.requireNonNull(problem, "problem");
            Objects.requireNonNull(shown, "shown");
        }
    }

    private static volatile Launch installed;

    private ConfigErrorLauncher() {
    }

    /** Blocks until the window closes; {@code shown} runs on the FX thread once it is on screen. */
    public static void show(ConfigProblem problem, boolean fullScreen, Runnable shown) {
        installed = new Launch(problem, fullScreen, shown);
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
