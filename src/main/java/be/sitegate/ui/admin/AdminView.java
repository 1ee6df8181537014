package be.sitegate.ui.admin;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.ViewBindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;

/** The administration screen: the kiosk's state in rows, its actions below, the exit asked twice. */
public final class AdminView extends FxmlView {

    private final AdminViewModel vm;
    @FXML private Label connection;
    @FXML private Label failingSince;
    @FXML private Label waiting;
    @FXML private Label toCheck;
    @FXML private Label reader;
    @FXML private Label defaultLanguage;
    @FXML private Label lastError;
    @FXML private Label feedback;
    @FXML private Button sendNowButton;
    @FXML private Button exitButton;
    @FXML private Pane actions;
    @FXML private Pane exitConfirmation;

    public AdminView(AdminViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.msg(connection, vm.connectionProperty());
        bind.msg(failingSince, vm.failingSinceProperty());
        bind.msg(waiting, vm.waitingProperty());
        bind.msg(toCheck, vm.toCheckProperty());
        bind.msg(reader, vm.readerProperty());
        bind.msg(lastError, vm.lastErrorProperty());
        bind.msg(feedback, vm.feedbackProperty());
        defaultLanguage.setText(vm.defaultLanguage());
        // Without the tools (screens on fakes) the buttons would do nothing: better not offered at all.
        ViewBindings.show(sendNowButton, vm.toolsAvailable());
        ViewBindings.show(exitButton, vm.toolsAvailable());
        bind.listen(vm.confirmingExitProperty(), confirming -> {
            ViewBindings.show(exitConfirmation, confirming);
            ViewBindings.show(actions, !confirming);
        });
    }

    @FXML
    void onSendNow() {
        vm.onSendNow();
    }

    @FXML
    void onReinitialise() {
        vm.onReinitialise();
    }

    @FXML
    void onExit() {
        vm.onExit();
    }

    @FXML
    void onExitConfirmed() {
        vm.onExitConfirmed();
    }

    @FXML
    void onExitCancelled() {
        vm.onExitCancelled();
    }

    @FXML
    void onBack() {
        vm.onBack();
    }
}
