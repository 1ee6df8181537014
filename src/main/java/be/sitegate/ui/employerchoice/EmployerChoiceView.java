package be.sitegate.ui.employerchoice;

import be.sitegate.domain.Company;
import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.ViewBindings;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;

/** One big button per company on the declaration; a search field above when there are many. */
public final class EmployerChoiceView extends FxmlView {

    private final EmployerChoiceViewModel vm;
    @FXML private Label name;
    @FXML private Label headline;
    @FXML private TextField search;
    @FXML private FlowPane companies;
    @FXML private FlowPane initials;

    public EmployerChoiceView(EmployerChoiceViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.plain(name, vm.nameProperty());
        bind.msg(headline, vm.headlineProperty());
        search.textProperty().bindBidirectional(vm.searchProperty());
        bind.onDispose(() -> search.textProperty().unbindBidirectional(vm.searchProperty()));
        bind.shownWhen(search, vm.searchShownProperty(), shown -> shown);
        ListChangeListener<Company> rebuild = change -> fill();
        vm.visibleCompanies().addListener(rebuild);
        bind.onDispose(() -> vm.visibleCompanies().removeListener(rebuild));
        fill();
        initials.getChildren().clear();
        if (!vm.initials().isEmpty()) {
            initials.getChildren().add(initialButton("*", ""));
            vm.initials().forEach(letter -> initials.getChildren().add(initialButton(letter, letter)));
        }
        ViewBindings.show(initials, !vm.initials().isEmpty());
        bind.onDispose(() -> initials.getChildren().clear());
    }

    private Button initialButton(String text, String letter) {
        Button button = new Button(text);
        button.setId("initial-" + (letter.isEmpty() ? "all" : letter));
        button.getStyleClass().add("initial-button");
        button.setOnAction(e -> vm.onInitial(letter));
        return button;
    }

    private void fill() {
        companies.getChildren().clear();
        for (Company company : vm.visibleCompanies()) {
            Button button = new Button(company.name());
            button.setId("company-" + company.enterpriseNumber());
            button.getStyleClass().addAll("big-button", "company-button");
            button.setWrapText(true);
            button.setOnAction(e -> vm.onChoose(company));
            companies.getChildren().add(button);
        }
    }

    @FXML
    void onCancel() {
        vm.onCancel();
    }
}
