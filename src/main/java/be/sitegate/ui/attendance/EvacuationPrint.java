package be.sitegate.ui.attendance;

import be.sitegate.kiosk.EvacuationList;
import be.sitegate.kiosk.EvacuationList.Result;
import be.sitegate.kiosk.OnSiteNow;
import be.sitegate.ui.shared.Msg;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The one tap on "on site now" that puts the list on paper for an evacuation: it takes the people
 * the list counts as on site at that moment, hands them to the kiosk's printer off the screen's
 * thread, and says how it went (printed; no printer, so the file is here; not done, and why).
 */
public final class EvacuationPrint {

    private final Optional<EvacuationList> printer;
    private final Supplier<List<OnSiteNow>> onSite;
    private final Executor ui;
    private final Supplier<Locale> language;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Msg> outcome = new ReadOnlyObjectWrapper<>(Msg.NONE);

    /**
     * @param onSite who is on site now, in roll-call order, read when the button is tapped
     * @param language the language the foreman reads now; the list is printed in it
     */
    public EvacuationPrint(Optional<EvacuationList> printer, Supplier<List<OnSiteNow>> onSite, Executor ui,
            Supplier<Locale> language) {
        this.printer = Objects.requireNonNull(printer, "printer");
        this.onSite = Objects.requireNonNull(onSite, "onSite");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.language = Objects.requireNonNull(language, "language");
    }

    /** Without a printer port (screens on fakes) the button is not offered. */
    public boolean available() {
        return printer.isPresent();
    }

    /** A new list shown: nothing said about an earlier print (unless one is still under way). */
    public void reset() {
        if (!busy.get()) {
            outcome.set(Msg.NONE);
        }
    }

    public void print() {
        if (printer.isEmpty() || busy.get()) {
            return;
        }
        busy.set(true);
        outcome.set(Msg.of("onsite.print.busy"));
        printer.get().print(onSite.get(), language.get())
                .whenComplete((result, error) -> ui.execute(() -> finished(result, error)));
    }

    private void finished(Result result, Throwable error) {
        busy.set(false);
        if (result instanceof Result.Printed) {
            outcome.set(Msg.of("onsite.print.printed"));
        } else if (result instanceof Result.Written written) {
            outcome.set(Msg.of("onsite.print.noPrinter", written.file().toString()));
        } else if (result instanceof Result.Failed failed) {
            outcome.set(Msg.of("onsite.print.failed", failed.plainText()));
        } else {
            outcome.set(Msg.of("onsite.print.failed", error == null ? "" : String.valueOf(error.getMessage())));
        }
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
