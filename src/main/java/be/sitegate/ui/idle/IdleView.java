package be.sitegate.ui.idle;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Language;
import be.sitegate.ui.shared.Styles;
import be.sitegate.ui.shared.ViewBindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;

/** The waiting screen: insert your card or type your number, in your language. */
public final class IdleView extends FxmlView {

    private final IdleViewModel vm;
    @FXML private FlowPane languages;
    @FXML private Button attendanceButton;

    public IdleView(IdleViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        languages.getChildren().clear();
        for (Language language : vm.languages()) {
            Button button = new Button(language.ownName());
            button.setId("lang-" + language.code());
            button.getStyleClass().add("language-button");
            Styles.toggle(button, "language-current", vm.isCurrent(language));
            button.setOnAction(e -> vm.onLanguage(language));
            languages.getChildren().add(button);
        }
        bind.onDispose(() -> languages.getChildren().clear());
        ViewBindings.show(attendanceButton, vm.attendanceAvailable());
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
