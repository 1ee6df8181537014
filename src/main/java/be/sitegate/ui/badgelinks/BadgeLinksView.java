package be.sitegate.ui.badgelinks;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.ViewBindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The badge links as rows with a revoke button each, the yes/no for a revocation, undo and export. */
public final class BadgeLinksView extends FxmlView {

    private final BadgeLinksViewModel vm;
    @FXML private VBox rows;
    @FXML private VBox confirmation;
    @FXML private Label question;
    @FXML private Button undoButton;
    @FXML private Label feedback;

    public BadgeLinksView(BadgeLinksViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        ListChangeListener<BadgeLinksViewModel.Row> changed = c -> fill();
        vm.rows().addListener(changed);
        bind.onDispose(() -> vm.rows().removeListener(changed));
        fill();
        bind.listen(vm.confirmingProperty(), row -> {
            ViewBindings.show(confirmation, row.isPresent());
            row.ifPresent(r -> question.setText(bind.text(Msg.of("badges.revoke.question", r.name()))));
        });
        bind.shownWhen(undoButton, vm.undoableProperty(), row -> row.isPresent());
        bind.msg(feedback, vm.feedbackProperty());
    }

    private void fill() {
        rows.getChildren().clear();
        int i = 0;
        for (BadgeLinksViewModel.Row row : vm.rows()) {
            Label name = new Label(row.name());
            name.getStyleClass().add("badge-row-name");
            name.setMinWidth(Region.USE_PREF_SIZE);
            Label number = new Label(row.number());
            number.setMinWidth(Region.USE_PREF_SIZE);
            Label dates = new Label(bind.text(Msg.of("badges.dates", row.linked(), row.ends())));
            dates.setMinWidth(Region.USE_PREF_SIZE);
            Label state = new Label(bind.text(row.state()));
            state.getStyleClass().add("badge-row-state");
            state.setMinWidth(Region.USE_PREF_SIZE);
            // Two lines: who, then since and until when; the button keeps its whole word.
            VBox who = new VBox(4, new HBox(16, name, number), new HBox(16, dates, state));
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Button revoke = new Button(bind.text(Msg.of("badges.revoke")));
            revoke.setId("revoke" + i);
            revoke.getStyleClass().addAll("admin-small-button", "warning");
            revoke.setMinWidth(Region.USE_PREF_SIZE);
            // A revoked line says so; there is nothing left to revoke on it.
            ViewBindings.show(revoke, row.link().revokedAt().isEmpty());
            revoke.setOnAction(e -> vm.onRevoke(row));
            HBox line = new HBox(16, who, gap, revoke);
            line.getStyleClass().add("badge-row");
            line.setId("badgeRow" + i);
            rows.getChildren().add(line);
            i++;
        }
    }

    @FXML
    void onRevokeConfirmed() {
        vm.onRevokeConfirmed();
    }

    @FXML
    void onRevokeCancelled() {
        vm.onRevokeCancelled();
    }

    @FXML
    void onUndo() {
        vm.onUndo();
    }

    @FXML
    void onExport() {
        vm.onExport();
    }

    @FXML
    void onBack() {
        vm.onBack();
    }
}
