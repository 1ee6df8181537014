package be.sitegate.ui.employerchoice;

import be.sitegate.domain.Company;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.WorkerNames;
import java.util.Locale;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/** "Who do you work for today?": one big button per company, a search field when there are many. */
public final class EmployerChoiceViewModel {

    /** Above this many companies the buttons no longer fit a glance and a search field appears. */
    static final int SEARCH_THRESHOLD = 6;

    private final ObservableList<Company> all = FXCollections.observableArrayList();
    private final FilteredList<Company> visible = new FilteredList<>(all);
    private final StringProperty search = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper searchShown = new ReadOnlyBooleanWrapper(false);
    /** First letters of the companies, as big buttons: a gloved hand has no keyboard for the search. */
    private final ObservableList<String> initials = FXCollections.observableArrayList();
    private final ObservableList<String> initialsView = FXCollections.unmodifiableObservableList(initials);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper("");
    /** The worker's question, or the foreman's when they choose for a worker. */
    private final ReadOnlyObjectWrapper<Msg> headline = new ReadOnlyObjectWrapper<>(Msg.of("employer.title"));
    private final BiConsumer<RegistrationStep.ChooseEmployer, Company> chosen;
    private final Runnable cancel;
    private RegistrationStep.ChooseEmployer step;

    public EmployerChoiceViewModel(BiConsumer<RegistrationStep.ChooseEmployer, Company> chosen, Runnable cancel) {
        this(chosen, cancel, Msg.of("employer.title"));
    }

    /** @param headline the question above the companies */
    public EmployerChoiceViewModel(BiConsumer<RegistrationStep.ChooseEmployer, Company> chosen, Runnable cancel,
            Msg headline) {
        this.chosen = chosen;
        this.cancel = cancel;
        this.headline.set(headline);
        search.addListener((obs, old, text) -> filter(text == null ? "" : text));
    }

    private void filter(String text) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        String digits = needle.replaceAll("[^0-9]", "");
        visible.setPredicate(c -> needle.isEmpty()
                || c.name().toLowerCase(Locale.ROOT).contains(needle)
                || (!digits.isEmpty() && c.enterpriseNumber().toString().contains(digits)));
    }

    public void show(RegistrationStep.ChooseEmployer newStep) {
        step = newStep;
        search.set("");
        all.setAll(newStep.companies());
        searchShown.set(all.size() > SEARCH_THRESHOLD);
        initials.setAll(all.size() > SEARCH_THRESHOLD
                ? all.stream().map(c -> initialOf(c.name())).distinct().sorted().toList()
                : java.util.List.of());
        name.set(WorkerNames.of(newStep.worker()));
    }

    private static String initialOf(String name) {
        String stripped = name.strip();
        return stripped.isEmpty() ? "?" : stripped.substring(0, 1).toUpperCase(Locale.ROOT);
    }

    /** Shows only the companies starting with this letter; an empty letter shows all again. */
    public void onInitial(String letter) {
        search.set("");
        visible.setPredicate(letter.isEmpty() ? null : c -> initialOf(c.name()).equals(letter));
    }

    public ObservableList<String> initials() {
        return initialsView;
    }

    public void onChoose(Company company) {
        chosen.accept(step, company);
    }

    public void onCancel() {
        cancel.run();
    }

    public ObservableList<Company> visibleCompanies() {
        return visible;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ReadOnlyBooleanProperty searchShownProperty() {
        return searchShown.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }
}
