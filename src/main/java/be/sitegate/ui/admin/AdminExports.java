package be.sitegate.ui.admin;

import be.sitegate.kiosk.ReportWriter;
import be.sitegate.kiosk.ReportWriter.Kind;
import be.sitegate.kiosk.ReportWriter.Result;
import be.sitegate.domain.BelgianTime;
import be.sitegate.ui.shared.Msg;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The exports part of the administration (issue 14.5/6): a day's or a period's PDF report or CSV,
 * or the poster, into a typed folder. The writer works off the screen's thread; progress and the
 * outcome come back through {@code ui}, so the screen never waits and a slow stick never freezes it.
 * One export at a time: a second tap while one is writing would only race it to the same stick. The
 * one under way can be cancelled; the writer then leaves nothing in the folder.
 */
public final class AdminExports {

    private final Optional<ReportWriter> writer;
    private final Executor ui;
    private final Supplier<Locale> language;
    private final StringProperty folder = new SimpleStringProperty("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyObjectWrapper<Msg> outcome = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final Path defaultFolder;
    /** The days the report and the CSV cover; the poster has none. */
    public final PeriodChoice period;
    private ReportWriter.Running running;

    /** With today as the machine's date in Belgium (tests of everything but the period). */
    public AdminExports(Optional<ReportWriter> writer, Path defaultFolder, Executor ui, Supplier<Locale> language) {
        this(writer, defaultFolder, ui, language, () -> LocalDate.now(BelgianTime.ZONE));
    }

    /**
     * @param language the language the site manager reads now, for the documents and the failure's words
     * @param today the kiosk's day, where the period presets count from
     */
    public AdminExports(Optional<ReportWriter> writer, Path defaultFolder, Executor ui, Supplier<Locale> language,
            Supplier<LocalDate> today) {
        this.period = new PeriodChoice(today);
        this.writer = Objects.requireNonNull(writer, "writer");
        this.defaultFolder = Objects.requireNonNull(defaultFolder, "defaultFolder");
        this.ui = Objects.requireNonNull(ui, "ui");
        this.language = Objects.requireNonNull(language, "language");
        folder.set(defaultFolder.toString());
    }

    public boolean available() {
        return writer.isPresent();
    }

    /** A new visit: the default folder again, no outcome left from before (unless one is still writing). */
    void reset() {
        if (!busy.get()) {
            folder.set(defaultFolder.toString());
            outcome.set(Msg.NONE);
            progress.set(0);
            period.reset();
        }
    }

    public void export(Kind kind) {
        if (writer.isEmpty() || busy.get()) {
            return;
        }
        Optional<Path> target = folder();
        if (target.isEmpty()) {
            outcome.set(Msg.of("admin.export.noFolder"));
            return;
        }
        busy.set(true);
        progress.set(0);
        outcome.set(Msg.of("admin.export.writing"));
        ReportWriter.Running started = writer.get().export(target.get(), kind, period.period(), language.get(),
                p -> ui.execute(() -> progress.set(p)));
        running = started;
        started.result().whenComplete((result, error) -> ui.execute(() -> finished(result, error)));
    }

    /** Stops the export under way; its outcome ("cancelled: nothing was written") follows from the writer. */
    public void cancel() {
        if (busy.get() && running != null) {
            running.cancel();
            outcome.set(Msg.of("admin.export.cancelling"));
        }
    }

    private Optional<Path> folder() {
        String typed = folder.get() == null ? "" : folder.get().trim();
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(typed));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private void finished(Result result, Throwable error) {
        busy.set(false);
        running = null;
        if (error != null || result == null) {
            outcome.set(Msg.of("admin.export.failed", error == null ? "" : String.valueOf(error.getMessage())));
        } else if (result instanceof Result.Written w) {
            progress.set(1);
            outcome.set(Msg.of("admin.export.done", w.file().toString()));
        } else if (result instanceof Result.Failed f) {
            outcome.set(Msg.of("admin.export.failed", f.plainText()));
        } else {
            outcome.set(Msg.of("admin.export.cancelled"));
        }
    }

    /** The folder typed (or kept): a USB stick's mount point, usually. */
    public StringProperty folderProperty() {
        return folder;
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }
}
