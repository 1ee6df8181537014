package be.sitegate.ui.badgelinks;

import be.sitegate.kiosk.BadgeLink;
import be.sitegate.kiosk.BadgeRegister;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The site manager's badge links behind the PIN: who has one, masked, since and until when; revoke
 * one after a yes (and undo it while the screen shows); export them as CSV into the export folder.
 */
public final class BadgeLinksViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(BadgeLinksViewModel.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** One line of the list, ready to show. */
    public record Row(BadgeLink link, String name, String number, String linked, String ends, Msg state) {
    }

    private final BadgeRegister register;
    private final Threads threads;
    private final ZoneId zone;
    private final Supplier<Instant> now;
    private final Supplier<Path> exportFolder;
    private final Runnable back;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Optional<Row>> confirming = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Optional<Row>> undoable = new ReadOnlyObjectWrapper<>(Optional.empty());
    private final ReadOnlyObjectWrapper<Msg> feedback = new ReadOnlyObjectWrapper<>(Msg.NONE);

    public BadgeLinksViewModel(BadgeRegister register, Threads threads, ZoneId zone, Supplier<Instant> now,
            Supplier<Path> exportFolder, Runnable back) {
        this.register = register;
        this.threads = threads;
        this.zone = zone;
        this.now = now;
        this.exportFolder = exportFolder;
        this.back = back;
    }

    /** Reads the links again; nothing is waiting for a yes or an undo. */
    public void open() {
        confirming.set(Optional.empty());
        undoable.set(Optional.empty());
        feedback.set(Msg.NONE);
        refresh();
    }

    private void refresh() {
        Instant at = now.get();
        rows.setAll(register.links().stream().map(l -> row(l, at)).toList());
        if (rows.isEmpty()) {
            feedback.set(Msg.of("badges.none"));
        }
    }

    private Row row(BadgeLink l, Instant at) {
        Msg state = l.revokedAt().isPresent() ? Msg.of("badges.state.revoked")
                : l.activeAt(at) ? Msg.of("badges.state.active") : Msg.of("badges.state.ended");
        return new Row(l, l.displayName(), l.inss().masked(), DAY.format(l.createdAt().atZone(zone)),
                DAY.format(l.expiresAt().minusSeconds(1).atZone(zone)), state);
    }

    /** "Revoke" on a line: asks first. */
    public void onRevoke(Row row) {
        if (row.link().revokedAt().isEmpty()) {
            confirming.set(Optional.of(row));
            feedback.set(Msg.NONE);
        }
    }

    public void onRevokeConfirmed() {
        confirming.get().ifPresent(row -> {
            register.revoke(row.link());
            confirming.set(Optional.empty());
            undoable.set(Optional.of(row));
            feedback.set(Msg.of("badges.revoked", row.name()));
            refresh();
        });
    }

    public void onRevokeCancelled() {
        confirming.set(Optional.empty());
    }

    public void onUndo() {
        undoable.get().ifPresent(row -> {
            register.restore(row.link());
            undoable.set(Optional.empty());
            feedback.set(Msg.of("badges.restored", row.name()));
            refresh();
        });
    }

    /** Writes the CSV off the screen's thread and says where it went. */
    public void onExport() {
        Path folder = exportFolder.get();
        feedback.set(Msg.of("badges.exporting"));
        threads.background().execute(() -> {
            Msg outcome;
            try {
                outcome = Msg.of("badges.exported", register.export(folder).toString());
            } catch (Exception e) {
                LOG.warn("badge links not exported to {}: {}", folder, e.toString());
                outcome = Msg.of("badges.exportFailed", folder.toString());
            }
            Msg shown = outcome;
            threads.ui().execute(() -> feedback.set(shown));
        });
    }

    public void onBack() {
        back.run();
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Optional<Row>> confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Optional<Row>> undoableProperty() {
        return undoable.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> feedbackProperty() {
        return feedback.getReadOnlyProperty();
    }
}
