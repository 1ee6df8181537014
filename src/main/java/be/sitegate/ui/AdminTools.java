package be.sitegate.ui;

import be.sitegate.kiosk.ErrorHistory;
import be.sitegate.kiosk.EvacuationList;
import be.sitegate.kiosk.ReportWriter;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What the site manager's and the foreman's screens may do to the kiosk itself, given by the
 * composition root: the screens only know these actions, not the forwarder, the exports, the printer
 * or the JavaFX application behind them.
 *
 * @param sendNow sends everything waiting now ({@code DeliveryControl.sendNow}); must not block
 * @param exit ends the kiosk ({@code Platform::exit} in the kiosk command)
 * @param reports a day's or a period's documents for an inspector; without it the screen offers no exports
 * @param exportFolder where the folder field starts (the site manager can type another, e.g. a stick)
 * @param errors the kiosk's last errors; without it the administration shows the last one only
 * @param evacuationList prints who is on site now; without it the foreman's list offers no print
 */
public record AdminTools(Runnable sendNow, Runnable exit, Optional<ReportWriter> reports, Path exportFolder,
        Optional<ErrorHistory> errors, Optional<EvacuationList> evacuationList) {

    public AdminTools {
        Objects.requireNonNull(sendNow, "sendNow");
        Objects.requireNonNull(exit, "exit");
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(exportFolder, "exportFolder");
        Objects.requireNonNull(errors, "errors");
        Objects.requireNonNull(evacuationList, "evacuationList");
    }

    /** Without the error history and the evacuation list. */
    public AdminTools(Runnable sendNow, Runnable exit, Optional<ReportWriter> reports, Path exportFolder) {
        this(sendNow, exit, reports, exportFolder, Optional.empty(), Optional.empty());
    }

    /** Without exports. */
    public AdminTools(Runnable sendNow, Runnable exit) {
        this(sendNow, exit, Optional.empty(), Path.of(System.getProperty("user.home", ".")));
    }

    /** The same tools, with the kiosk's error history shown on the administration screen. */
    public AdminTools withErrors(ErrorHistory history) {
        return new AdminTools(sendNow, exit, reports, exportFolder, Optional.of(history), evacuationList);
    }

    /** The same tools, with the printable "who is on site now" on the foreman's list. */
    public AdminTools withEvacuationList(EvacuationList list) {
        return new AdminTools(sendNow, exit, reports, exportFolder, errors, Optional.of(list));
    }
}
