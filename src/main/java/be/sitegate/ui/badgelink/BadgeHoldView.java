package be.sitegate.ui.badgelink;

import be.sitegate.ui.shared.FxmlView;
import javafx.fxml.FXML;

/** "Hold your badge on the reader", big, with a cancel button. */
public final class BadgeHoldView extends FxmlView {

    private final BadgeHoldViewModel vm;

    public BadgeHoldView(BadgeHoldViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
    }

    @FXML
    void onCancel() {
        vm.onCancel();
    }
}
