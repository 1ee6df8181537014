package be.sitegate.ui.initialisation;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.ViewBindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The contractor's morning form and the summary of what the kiosk was opened for. */
public final class InitialisationView extends FxmlView {

    private final InitialisationViewModel vm;
    @FXML private VBox form;
    @FXML private javafx.scene.control.ScrollPane summaryScroll;
    @FXML private TextField username;
    @FXML private PasswordField password;
    @FXML private TextField workplace;
    @FXML private Label error;
    @FXML private Button useCache;
    @FXML private Button submit;
    @FXML private ProgressIndicator busy;
    @FXML private Label summaryWorkplace;
    @FXML private Label summaryAddress;
    @FXML private Label summarySector;
    @FXML private Label summaryMode;
    @FXML private Label summaryContractor;
    @FXML private VBox summaryCompanies;
    @FXML private Label summaryWarning;

    public InitialisationView(InitialisationViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        username.textProperty().bindBidirectional(vm.usernameProperty());
        workplace.textProperty().bindBidirectional(vm.workplaceProperty());
        bind.onDispose(() -> {
            username.textProperty().unbindBidirectional(vm.usernameProperty());
            workplace.textProperty().unbindBidirectional(vm.workplaceProperty());
        });
        bind.msg(error, vm.errorProperty());
        bind.msg(useCache, vm.cacheOfferProperty());
        bind.shownWhen(busy, vm.busyProperty(), b -> b);
        bind.listen(vm.busyProperty(), b -> submit.setDisable(b));
        bind.listen(vm.phaseProperty(), phase -> {
            ViewBindings.show(form, phase == InitialisationViewModel.Phase.FORM);
            ViewBindings.show(summaryScroll, phase == InitialisationViewModel.Phase.SUMMARY);
        });
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
}
