package be.sitegate.ui.initialisation;

import be.sitegate.ui.initialisation.InitialisationViewModel.Field;
import be.sitegate.ui.initialisation.InitialisationViewModel.Phase;
import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.LanguageBar;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Styles;
import be.sitegate.ui.shared.ViewBindings;
import be.sitegate.ui.shared.keyboard.FieldChain;
import be.sitegate.ui.shared.keyboard.KeyboardModel;
import be.sitegate.ui.shared.keyboard.OnScreenKeyboard;
import be.sitegate.ui.shared.keyboard.TextFieldTarget;
import java.util.List;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The contractor's morning form, the summary of what the kiosk was opened for, and the site
 * manager's actions, with the language bar under all three.
 */
public final class InitialisationView extends FxmlView {

    private final InitialisationViewModel vm;
    @FXML private VBox form;
    @FXML private ScrollPane summaryScroll;
    @FXML private VBox manage;
    @FXML private javafx.scene.control.Button administrationButton;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private TextField workplace;
    @FXML private Label error;
    @FXML private Label notice;
    @FXML private Button useCache;
    @FXML private Button submit;
    @FXML private Button backButton;
    @FXML private ProgressIndicator busy;
    @FXML private Label summaryWorkplace;
    @FXML private Label summaryAddress;
    @FXML private Label summarySector;
    @FXML private Label summaryMode;
    @FXML private Label summaryContractor;
    @FXML private VBox summaryCompanies;
    @FXML private Label summaryWarning;
    @FXML private Label openFor;
    @FXML private StackPane languages;
    @FXML private StackPane keyboardDock;

    public InitialisationView(InitialisationViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        ViewBindings.show(administrationButton, vm.administrationOffered());
        username.textProperty().bindBidirectional(vm.usernameProperty());
        workplace.textProperty().bindBidirectional(vm.workplaceProperty());
        ChangeListener<String> typed = (o, before, now) -> vm.onPasswordTyped();
        password.textProperty().addListener(typed);
        bind.onDispose(() -> {
            username.textProperty().unbindBidirectional(vm.usernameProperty());
            workplace.textProperty().unbindBidirectional(vm.workplaceProperty());
            password.textProperty().removeListener(typed);
        });
        bind.msg(error, vm.errorProperty());
        bind.msg(notice, vm.noticeProperty());
        bind.msg(useCache, vm.cacheOfferProperty());
        bind.shownWhen(busy, vm.busyProperty(), b -> b);
        bind.shownWhen(backButton, vm.returnableProperty(), r -> r);
        bind.listen(vm.busyProperty(), b -> submit.setDisable(b));
        Map<Field, TextInputControl> fields = Map.of(Field.USERNAME, username, Field.PASSWORD, password,
                Field.WORKPLACE, workplace);
        bind.listen(vm.missingProperty(), missing -> fields.forEach(
                (field, control) -> Styles.toggle(control, "field-missing", missing.contains(field))));
        showKeyboard();
        bind.listen(vm.phaseProperty(), phase -> {
            ViewBindings.show(form, phase == Phase.FORM);
            ViewBindings.show(keyboardDock, phase == Phase.FORM);
            ViewBindings.show(summaryScroll, phase == Phase.SUMMARY);
            ViewBindings.show(manage, phase == Phase.MANAGE);
        });
        bind.plain(openFor, vm.openForProperty());
        bind.plain(summaryWorkplace, vm.summaryWorkplaceProperty());
        bind.plain(summaryAddress, vm.summaryAddressProperty());
        bind.msg(summarySector, vm.summarySectorProperty());
        bind.msg(summaryMode, vm.summaryModeProperty());
        bind.plain(summaryContractor, vm.summaryContractorProperty());
        bind.msg(summaryWarning, vm.summaryWarningProperty());
        ListChangeListener<String> companies = change -> fillCompanies();
        vm.summaryCompanies().addListener(companies);
        bind.onDispose(() -> vm.summaryCompanies().removeListener(companies));
        fillCompanies();
        languages.getChildren().setAll(new LanguageBar(vm.languages(), bind.text(Msg.of("lang.more"))));
        bind.onDispose(() -> languages.getChildren().clear());
    }

    /**
     * The keyboard under the form, typing into the field tapped last; the workplace number starts in
     * capitals, as it is printed on the declaration.
     */
    private void showKeyboard() {
        FieldChain fields = new FieldChain(List.of(
                new TextFieldTarget(username, KeyboardModel.Hint.TEXT),
                new TextFieldTarget(password, KeyboardModel.Hint.TEXT),
                new TextFieldTarget(workplace, KeyboardModel.Hint.CODE)));
        OnScreenKeyboard keyboard = new OnScreenKeyboard(new KeyboardModel(), fields,
                new OnScreenKeyboard.Texts(bind.text(Msg.of("kbd.next")), bind.text(Msg.of("kbd.done"))));
        keyboard.setId("keyboard");
        keyboardDock.getChildren().setAll(keyboard);
        bind.listen(fields.currentProperty(), field -> keyboard.targetChanged());
        bind.onDispose(() -> {
            keyboardDock.getChildren().clear();
            keyboard.release();
            fields.release();
        });
    }

    private void fillCompanies() {
        summaryCompanies.getChildren().setAll(vm.summaryCompanies().stream().map(line -> {
            Label label = new Label(line);
            label.getStyleClass().add("summary-company");
            label.setWrapText(true);
            return label;
        }).toList());
    }

    @FXML
    void onSubmit() {
        // Copy the characters out and clear the field: no password lingers in the scene graph.
        CharSequence typed = password.getCharacters();
        char[] chars = new char[typed.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = typed.charAt(i);
        }
        password.clear();
        vm.onSubmit(chars);
    }

    @FXML
    void onUseCache() {
        vm.onUseCache();
    }

    @FXML
    void onStart() {
        vm.onStart();
    }

    @FXML
    void onBack() {
        vm.onBack();
    }

    @FXML
    void onAdministration() {
        vm.onAdministration();
    }

    @FXML
    void onReinitialise() {
        vm.onReinitialise();
        password.requestFocus(); // the only field left to fill in
    }

    @FXML
    void onSwitchWorkplace() {
        vm.onSwitchWorkplace();
        workplace.requestFocus();
    }

    @FXML
    void onCloseDay() {
        vm.onCloseDay();
        username.requestFocus();
    }
}
