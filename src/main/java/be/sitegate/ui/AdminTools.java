package be.sitegate.ui;

import be.sitegate.kiosk.ReportWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the administration screen may do to the kiosk itself, given by the composition root: the
 * screen only knows these actions, not the forwarder, the exports or the JavaFX application behind them.
 *
 * @param sendNow sends everything waiting now ({@code DeliveryControl.sendNow}); must not block
 * @param exit ends the kiosk ({@code Platform::exit} in the kiosk command)
 * @param reports today's documents for an inspector; without it the screen offers no exports
 * @param exportFolder where the folder field starts (the site manager can type another, e.g. a stick)
 */
public record AdminTools(Runnable sendNow, Runnable exit, Optional<ReportWriter> reports, Path exportFolder) {

    public AdminTools {
        Objects.requireNonNull(sendNow, "sendNow");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(exportFolder, "exportFolder");
    }

    /** Without exports. */
    public AdminTools(Runnable sendNow, Runnable exit) {
        this(sendNow, exit, Optional.empty(), Path.of(System.getProperty("user.home", ".")));
    }
}
