package be.sitegate.ui.attendance;

import be.sitegate.domain.RegistrationMode;
import be.sitegate.kiosk.AttendanceStatus;
import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Styles;
import be.sitegate.ui.shared.ViewBindings;
import be.sitegate.ui.shared.keyboard.KeyboardModel;
import be.sitegate.ui.shared.keyboard.KeyboardOnDemand;
import be.sitegate.ui.shared.keyboard.OnScreenKeyboard;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;

/**
 * The foreman's list: three tabs (today, on site now, not yet today), a search field, filter
 * strips by status and employer, and a virtualised table, so thousands of lines cost only the
 * rows on screen.
 */
public final class AttendanceView extends FxmlView {

    private final AttendanceViewModel vm;
    @FXML private Button todayTab;
    @FXML private Button onSiteTab;
    @FXML private Button missingTab;
    @FXML private Label summary;
    @FXML private TextField search;
    @FXML private Button onBehalfButton;
    @FXML private ScrollPane statusStrip;
    @FXML private HBox statusFilters;
    @FXML private HBox employerFilters;
    @FXML private TableView<AttendanceViewModel.Row> table;
    @FXML private TableView<AttendanceViewModel.MissingRow> missingTable;
    @FXML private TableColumn<AttendanceViewModel.Row, String> timeColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> personColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> employerColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> inOutColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> breaksColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> onSiteColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> statusColumn;
    @FXML private TableColumn<AttendanceViewModel.MissingRow, String> missingPersonColumn;
    @FXML private TableColumn<AttendanceViewModel.MissingRow, String> missingEmployerColumn;
    @FXML private TableColumn<AttendanceViewModel.MissingRow, String> missingLastDayColumn;
    @FXML private TableColumn<AttendanceViewModel.MissingRow, String> missingDaysColumn;
    @FXML private HBox printRow;
    @FXML private Button printOnSiteButton;
    @FXML private Label printOutcome;
    @FXML private StackPane keyboardDock;
    private FilterStrip<AttendanceStatus> statuses;
    private FilterStrip<String> employers;
    private final Optional<EvacuationPrint> print;

    public AttendanceView(AttendanceViewModel vm) {
        this(vm, Optional.empty());
    }

    /** With the printable "who is on site now" on that tab. */
    public AttendanceView(AttendanceViewModel vm, Optional<EvacuationPrint> print) {
        this.vm = vm;
        this.print = print.filter(EvacuationPrint::available);
    }

    @Override
    protected void onActivate() {
        bind.msg(summary, vm.summaryProperty());
        bind.msg(todayTab, vm.todayLabelProperty());
        bind.msg(onSiteTab, vm.onSiteLabelProperty());
        bind.msg(missingTab, vm.missingLabelProperty());
        search.textProperty().bindBidirectional(vm.searchProperty());
        bind.onDispose(() -> search.textProperty().unbindBidirectional(vm.searchProperty()));
        // A touch screen has no keyboard: a tap on the search docks one under the list, "done" puts it away.
        KeyboardOnDemand keyboard = KeyboardOnDemand.attach(search, keyboardDock, KeyboardModel.Hint.TEXT,
                new OnScreenKeyboard.Texts(bind.text(Msg.of("kbd.next")), bind.text(Msg.of("kbd.done"))));
        bind.onDispose(keyboard::hide);
        columns();
        table.setRowFactory(t -> tappable(new MarkedRow()));
        bind.shownWhen(onBehalfButton, vm.onBehalfShownProperty(), shown -> shown);
        table.setItems(vm.rows());
        missingTable.setItems(vm.missingRows());
        bind.onDispose(() -> {
            // Not null: a closed window keeps its last screen in the scene, and a table laid out
            // with no list at all fails inside JavaFX's skin.
            table.setItems(FXCollections.observableArrayList());
            missingTable.setItems(FXCollections.observableArrayList());
        });
        filters();
        bind.listen(vm.tabProperty(), this::showTab);
        bind.listen(vm.modeProperty(), this::showMode);
        print.ifPresentOrElse(p -> {
            bind.msg(printOutcome, p.outcomeProperty());
            bind.listen(p.outcomeProperty(), said -> ViewBindings.show(printOutcome, !said.isNone()));
            bind.listen(p.busyProperty(), printOnSiteButton::setDisable);
        }, () -> ViewBindings.show(printRow, false));
    }

    /**
     * Two lines per cell where two things belong together (the name over the masked number, the
     * employer over how the person identified, the time on site over where the person is now): fewer, wider
     * columns fit 1024 px, and the taller rows suit a finger.
     */
    private void columns() {
        column(timeColumn, AttendanceViewModel.Row::time);
        column(personColumn, row -> twoLines(row.name(), row.number()));
        column(employerColumn, row -> twoLines(row.employer(), bind.text(row.identification())));
        column(inOutColumn, row -> row.firstIn().isEmpty() ? "" : row.firstIn() + " – " + row.lastOut());
        column(breaksColumn, AttendanceViewModel.Row::breaks);
        column(onSiteColumn, row -> twoLines(row.onSite(), bind.text(row.presence())));
        column(statusColumn, row -> bind.text(row.status()));
        statusColumn.setCellFactory(c -> new WrappingCell<>());
        column(missingPersonColumn, row -> twoLines(row.name(), row.number()));
        column(missingEmployerColumn, AttendanceViewModel.MissingRow::employer);
        column(missingLastDayColumn, AttendanceViewModel.MissingRow::lastDay);
        column(missingDaysColumn, row -> String.valueOf(row.days()));
    }

    /** A tap on a line opens its corrections; a swipe that scrolls the list does not. */
    private MarkedRow tappable(MarkedRow row) {
        row.setOnMouseClicked(e -> {
            if (e.isStillSincePress() && !row.isEmpty() && row.getItem() != null) {
                vm.onChoose(row.getItem());
            }
        });
        return row;
    }

    private static String twoLines(String first, String second) {
        return first.isEmpty() ? second : second.isEmpty() ? first : first + "\n" + second;
    }

    /**
     * A status with a remark and its remedy is long: it wraps onto the row's second line. A text node
     * bound to the column's width wraps where a cell's own label in a fixed-height row does not.
     */
    private static final class WrappingCell<R> extends javafx.scene.control.TableCell<R, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.getStyleClass().add("status-text");
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setText(empty ? null : item); // kept for lookups and accessibility; the graphic shows it
            setGraphic(empty ? null : text);
        }
    }

    private void filters() {
        statuses = new FilterStrip<>(statusFilters, "status-", vm::onStatus);
        employers = new FilterStrip<>(employerFilters, "employer-", vm::onEmployer);
        Runnable fillStatuses = () -> statuses.fill(bind.text(Msg.of("attendance.filter.all")),
                vm.statuses(), AttendanceStatus::name, s -> bind.text(AttendanceRows.statusName(s)),
                vm.statusProperty().get());
        Runnable fillEmployers = () -> employers.fill(bind.text(Msg.of("attendance.filter.allEmployers")),
                vm.employers(), AttendanceView::employerId, this::employerLabel, vm.employerProperty().get());
        ListChangeListener<Object> refillStatuses = c -> fillStatuses.run();
        ListChangeListener<Object> refillEmployers = c -> fillEmployers.run();
        vm.statuses().addListener(refillStatuses);
        vm.employers().addListener(refillEmployers);
        bind.onDispose(() -> {
            vm.statuses().removeListener(refillStatuses);
            vm.employers().removeListener(refillEmployers);
            statusFilters.getChildren().clear();
            employerFilters.getChildren().clear();
        });
        fillStatuses.run();
        fillEmployers.run();
        bind.listen(vm.statusProperty(), s -> statuses.mark(vm.statusProperty(), AttendanceStatus::name));
        bind.listen(vm.employerProperty(), e -> employers.mark(vm.employerProperty(), AttendanceView::employerId));
    }

    /** Ids for tests; a company's name may hold spaces and dots, which a CSS id cannot. */
    static String employerId(String name) {
        String id = name.replaceAll("[^A-Za-z0-9]", "");
        return id.isEmpty() ? "none" : id;
    }

    private String employerLabel(String name) {
        return name.isEmpty() ? bind.text(Msg.of("attendance.noEmployer")) : name;
    }

    private void showTab(AttendanceViewModel.Tab tab) {
        boolean missing = tab == AttendanceViewModel.Tab.MISSING;
        ViewBindings.show(table, !missing);
        ViewBindings.show(missingTable, missing);
        ViewBindings.show(statusStrip, !missing);
        Styles.toggle(todayTab, "chosen", tab == AttendanceViewModel.Tab.TODAY);
        Styles.toggle(onSiteTab, "chosen", tab == AttendanceViewModel.Tab.ON_SITE);
        Styles.toggle(missingTab, "chosen", missing);
        boolean printable = print.isPresent() && tab == AttendanceViewModel.Tab.ON_SITE;
        ViewBindings.show(printRow, printable);
        ViewBindings.show(printOnSiteButton, printable); // the button itself says whether it is there, for lookups too
    }

    /** Checkinatwork knows one registration a day; Check In and Out at Work shows the shift instead. */
    private void showMode(RegistrationMode mode) {
        boolean shifts = mode == RegistrationMode.CIAOW;
        timeColumn.setVisible(!shifts);
        for (TableColumn<?, ?> c : List.of(inOutColumn, breaksColumn, onSiteColumn)) {
            c.setVisible(shifts);
        }
    }

    private static <R> void column(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    /** Marks other channels' lines, earlier days' lines and lines that need the site manager. */
    private static final class MarkedRow extends TableRow<AttendanceViewModel.Row> {
        @Override
        protected void updateItem(AttendanceViewModel.Row row, boolean empty) {
            super.updateItem(row, empty);
            boolean has = !empty && row != null;
            Styles.toggle(this, "row-other-channel", has && row.otherChannel());
            Styles.toggle(this, "row-earlier", has && row.earlier());
            Styles.toggle(this, "row-problem", has && (row.kind() == AttendanceStatus.REFUSED
                    || row.kind() == AttendanceStatus.NOT_SENDABLE));
            Styles.toggle(this, "row-away", has && !row.earlier() && !row.presence().isNone() && !row.onSiteNow());
        }
    }

    @FXML
    void onToday() {
        vm.onTab(AttendanceViewModel.Tab.TODAY);
    }

    @FXML
    void onOnSite() {
        vm.onTab(AttendanceViewModel.Tab.ON_SITE);
    }

    @FXML
    void onMissing() {
        vm.onTab(AttendanceViewModel.Tab.MISSING);
    }

    @FXML
    void onPrintOnSite() {
        print.ifPresent(EvacuationPrint::print);
    }

    @FXML
    void onClearSearch() {
        vm.searchProperty().set("");
    }

    @FXML
    void onRegisterOnBehalf() {
        vm.onRegisterOnBehalf();
    }

    @FXML
    void onClose() {
        vm.onClose();
    }
}
