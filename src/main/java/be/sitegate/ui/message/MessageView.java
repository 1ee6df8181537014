package be.sitegate.ui.message;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Styles;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A short message; its colour says how serious it is. */
public final class MessageView extends FxmlView {

    private final MessageViewModel vm;
    @FXML private VBox box;
    @FXML private Label icon;
    @FXML private Label headline;
    @FXML private Label detail;

    public MessageView(MessageViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.msg(headline, vm.titleProperty());
        bind.msg(detail, vm.detailProperty());
        bind.listen(vm.kindProperty(), kind -> {
            Styles.variant(box, "message-", kind.name().toLowerCase(java.util.Locale.ROOT));
            icon.setText(kind == MessageViewModel.Kind.INFO ? "i" : "!");
        });
    }

    @FXML
    void onOk() {
        vm.onOk();
    }
}
