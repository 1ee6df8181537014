package be.sitegate.ui.typedentry;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Styles;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;

/** The on-screen keypad with big keys; the physical keyboard reaches the same view model. */
public final class TypedEntryView extends FxmlView {

    private final TypedEntryViewModel vm;
    @FXML private Label title;
    @FXML private Label display;
    @FXML private Label error;
    @FXML private Label hint;
    @FXML private Button switchKind;
    @FXML private Button okButton;

    public TypedEntryView(TypedEntryViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.plain(display, vm.displayProperty());
        bind.msg(error, vm.errorProperty());
        bind.msg(hint, vm.hintProperty());
        bind.listen(vm.kindProperty(), kind -> {
            title.setText(bind.text(vm.title()));
            switchKind.setText(bind.text(vm.switchText()));
        });
        bind.listen(vm.completeProperty(), complete -> Styles.toggle(okButton, "ready", complete));
    }

    @FXML
    void onKey(javafx.event.ActionEvent event) {
        String key = ((Button) event.getSource()).getText();
        vm.onDigit(key.charAt(0));
    }

    @FXML
    void onBackspace() {
        vm.onBackspace();
    }

    @FXML
    void onClear() {
        vm.onClear();
    }

    @FXML
    void onOk() {
        vm.onSubmit();
    }

    @FXML
    void onSwitch() {
        vm.onSwitchKind();
    }

    @FXML
    void onCancel() {
        vm.onCancel();
    }
}
