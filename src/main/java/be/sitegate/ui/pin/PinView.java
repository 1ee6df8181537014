package be.sitegate.ui.pin;

import be.sitegate.ui.shared.FxmlView;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The PIN door: the digits as dots, the big keypad; the physical keyboard reaches the same view model. */
public final class PinView extends FxmlView {

    private final PinViewModel vm;
    @FXML private Label title;
    @FXML private Label dots;
    @FXML private Label message;
    @FXML private Button okButton;

    public PinView(PinViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.msg(title, vm.titleProperty());
        bind.plain(dots, vm.dotsProperty());
        bind.msg(message, vm.messageProperty());
        bind.listen(vm.busyProperty(), okButton::setDisable);
    }

    @FXML
    void onKey(javafx.event.ActionEvent event) {
        vm.onDigit(((Button) event.getSource()).getText().charAt(0));
    }

    @FXML
    void onBackspace() {
        vm.onBackspace();
    }

    @FXML
    void onOk() {
        vm.onOk();
    }

    @FXML
    void onCancel() {
        vm.onCancel();
    }
}
