package be.sitegate.ui.admin;

import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.ErrorHistory;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The site manager's administration screen (behind the PIN): the state the status bar has no room
 * for (since when the trouble began, how many to check, the last error in plain words), and the
 * actions that act on the kiosk itself. Exiting asks once more, since a mistaken tap would leave the
 * site without a way to register.
 */
public final class AdminViewModel {

    /** @param tools whether send now and exit exist on this kiosk (screens on fakes have neither) */
    public record Actions(Runnable sendNow, Runnable reinitialise, Runnable exit, Runnable back, boolean tools) {

        public Actions {
            Objects.requireNonNull(sendNow, "sendNow");
            Objects.requireNonNull(reinitialise, "reinitialise");
            Objects.requireNonNull(exit, "exit");
            Objects.requireNonNull(back, "back");
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");

    private final ZoneId zone;
    private final Supplier<Instant> now;
    private final String defaultLanguage;
    private final Actions actions;
    private final ReadOnlyObjectWrapper<Msg> connection = new ReadOnlyObjectWrapper<>(Msg.of("status.connecting"));
    private final ReadOnlyObjectWrapper<Msg> failingSince = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> waiting = new ReadOnlyObjectWrapper<>(Msg.of("status.queue.empty"));
    private final ReadOnlyObjectWrapper<Msg> toCheck = new ReadOnlyObjectWrapper<>(Msg.of("admin.toCheck.none"));
    private final ReadOnlyObjectWrapper<Msg> reader = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> lastError = new ReadOnlyObjectWrapper<>(Msg.of("admin.error.none"));
    private final ReadOnlyObjectWrapper<Msg> feedback = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyBooleanWrapper confirmingExit = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper exportsShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper errorsShown = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper badgesOffered = new ReadOnlyBooleanWrapper(false);
    private Runnable openBadges = () -> { };
    private final ObservableList<Msg> errors = FXCollections.observableArrayList();
    private final boolean errorHistory;
    /** The documents for an inspector; shown in place of the state, so both fit 1024x768. */
    public final AdminExports exports;

    /** Without an error history: the last error only. */
    public AdminViewModel(ZoneId zone, Supplier<Instant> now, String defaultLanguage, Actions actions,
            AdminExports exports) {
        this(zone, now, defaultLanguage, actions, exports, false);
    }

    /**
     * @param defaultLanguage the kiosk's default language in its own name, as the language bar writes it
     * @param errorHistory whether the kiosk keeps its last errors ({@link #onErrors}), so the screen offers them
     */
    public AdminViewModel(ZoneId zone, Supplier<Instant> now, String defaultLanguage, Actions actions,
            AdminExports exports, boolean errorHistory) {
        this.errorHistory = errorHistory;
        this.exports = Objects.requireNonNull(exports, "exports");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.now = Objects.requireNonNull(now, "now");
        this.defaultLanguage = Objects.requireNonNull(defaultLanguage, "defaultLanguage");
        this.actions = Objects.requireNonNull(actions, "actions");
    }

    /** Shown afresh: no confirmation or "asked to send" left over from the last visit. */
    public void open() {
        confirmingExit.set(false);
        exportsShown.set(false);
        errorsShown.set(false);
        feedback.set(Msg.NONE);
        exports.reset();
    }

    public void onShowExports() {
        errorsShown.set(false);
        exportsShown.set(true);
    }

    /** The last errors, newest first, in place of the state (as the exports are). */
    public void onShowErrors() {
        exportsShown.set(false);
        errorsShown.set(true);
    }

    public void onHideErrors() {
        errorsShown.set(false);
    }

    public ReadOnlyBooleanProperty errorsShownProperty() {
        return errorsShown.getReadOnlyProperty();
    }

    /** The kiosk's error history changed (on the screen's thread): each line its time and plain words. */
    public void onErrors(List<ErrorHistory.Entry> history) {
        errors.setAll(history.stream().map(e -> Msg.of("admin.history.line", when(e.at()), ErrorText.of(e))).toList());
    }

    /** Newest first; empty when nothing went wrong since the kiosk started. */
    public ObservableList<Msg> errors() {
        return FXCollections.unmodifiableObservableList(errors);
    }

    public void onHideExports() {
        exportsShown.set(false);
    }

    public ReadOnlyBooleanProperty exportsShownProperty() {
        return exportsShown.getReadOnlyProperty();
    }

    public void onSync(SyncStatus status) {
        connection.set(switch (status.connection()) {
            case CONNECTING -> Msg.of("status.connecting");
            case ONLINE -> Msg.of("status.online");
            case OFFLINE -> Msg.of("status.offline");
            case REFUSING -> Msg.of("status.refusing");
            case NOT_ACCEPTED -> Msg.of("status.notAccepted");
        });
        failingSince.set(status.online() ? Msg.NONE
                : status.failingSince().map(t -> Msg.of("admin.failingSince", when(t))).orElse(Msg.NONE));
        waiting.set(status.waiting() == 0 ? Msg.of("status.queue.empty")
                : Msg.of("admin.waiting", status.waiting(), when(status.waitingSince().orElse(now.get()))));
        toCheck.set(status.toAcknowledge() == 0 ? Msg.of("admin.toCheck.none")
                : Msg.of("status.attention", status.toAcknowledge()));
        lastError.set(LastErrorText.of(status.lastError()));
    }

    public void onReader(ReaderStatus status) {
        reader.set(Msg.of("status.reader." + status.name()));
    }

    /** Unlike the bar, the day is written out when it is not today: a queue can wait over a weekend. */
    private String when(Instant at) {
        var day = at.atZone(zone).toLocalDate();
        boolean today = day.equals(now.get().atZone(zone).toLocalDate());
        return (today ? TIME : DAY_TIME).format(at.atZone(zone));
    }

    public void onSendNow() {
        actions.sendNow().run();
        feedback.set(Msg.of("admin.sentNow"));
    }

    public void onReinitialise() {
        actions.reinitialise().run();
    }

    /** The badge links' list is on this kiosk (issue 19): its button shows, and {@code open} runs when tapped. */
    public void offerBadges(Runnable open) {
        openBadges = open;
        badgesOffered.set(true);
    }

    public void onBadges() {
        openBadges.run();
    }

    public javafx.beans.property.ReadOnlyBooleanProperty badgesOfferedProperty() {
        return badgesOffered.getReadOnlyProperty();
    }

    public void onBack() {
        actions.back().run();
    }

    /** The door is passed already; one more question guards against a mistaken tap. */
    public void onExit() {
        confirmingExit.set(true);
    }

    public void onExitConfirmed() {
        confirmingExit.set(false);
        actions.exit().run();
    }

    public void onExitCancelled() {
        confirmingExit.set(false);
    }

    public boolean errorHistoryKept() {
        return errorHistory;
    }

    public boolean toolsAvailable() {
        return actions.tools();
    }

    public String defaultLanguage() {
        return defaultLanguage;
    }

    public ReadOnlyObjectProperty<Msg> connectionProperty() {
        return connection.getReadOnlyProperty();
    }

    /** When the current trouble with the service began; none while it is online. */
    public ReadOnlyObjectProperty<Msg> failingSinceProperty() {
        return failingSince.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> toCheckProperty() {
        return toCheck.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> readerProperty() {
        return reader.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> lastErrorProperty() {
        return lastError.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty confirmingExitProperty() {
        return confirmingExit.getReadOnlyProperty();
    }
}
