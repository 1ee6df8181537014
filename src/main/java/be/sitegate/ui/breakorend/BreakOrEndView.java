package be.sitegate.ui.breakorend;

import be.sitegate.ui.shared.FxmlView;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Check In and Out: break or end of work, two big buttons. */
public final class BreakOrEndView extends FxmlView {

    private final BreakOrEndViewModel vm;
    @FXML private Label name;

    public BreakOrEndView(BreakOrEndViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.plain(name, vm.nameProperty());
    }

    @FXML
    void onBreak() {
        vm.onBreak();
    }

    @FXML
    void onEnd() {
        vm.onEndOfWork();
    }

    @FXML
    void onCancel() {
        vm.onCancel();
    }
}
