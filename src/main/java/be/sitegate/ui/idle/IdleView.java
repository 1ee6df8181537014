package be.sitegate.ui.idle;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.LanguageBar;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.ViewBindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;

/** The waiting screen: insert your card or type your number, in your language. */
public final class IdleView extends FxmlView {

    private final IdleViewModel vm;
    @FXML private StackPane languages;
    @FXML private Button attendanceButton;

    public IdleView(IdleViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        languages.getChildren().setAll(new LanguageBar(vm.languageChoice(), bind.text(Msg.of("lang.more"))));
        bind.onDispose(() -> languages.getChildren().clear());
        ViewBindings.show(attendanceButton, vm.attendanceAvailable());
    }

    @FXML
    void onSiteManager() {
        vm.onSiteManager();
    }

    @FXML
    void onAdmin() {
        vm.onAdmin();
    }

    @FXML
    void onAttendance() {
        vm.onShowAttendance();
    }

    @FXML
    void onTypeNumber() {
        vm.onTypeNumber();
    }

    @FXML
    void onTypeLimosa() {
        vm.onTypeLimosa();
    }
}
