package be.sitegate.ui.attendance;

import be.sitegate.ui.shared.FxmlView;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The foreman's list: one row per registration or event today. */
public final class AttendanceView extends FxmlView {

    private final AttendanceViewModel vm;
    @FXML private Label summary;
    @FXML private TableView<AttendanceViewModel.Row> table;
    @FXML private TableColumn<AttendanceViewModel.Row, String> timeColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> nameColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> numberColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> employerColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> whatColumn;
    @FXML private TableColumn<AttendanceViewModel.Row, String> statusColumn;

    public AttendanceView(AttendanceViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.msg(summary, vm.summaryProperty());
        column(timeColumn, AttendanceViewModel.Row::time);
        column(nameColumn, AttendanceViewModel.Row::name);
        column(numberColumn, AttendanceViewModel.Row::number);
        column(employerColumn, AttendanceViewModel.Row::employer);
        column(whatColumn, row -> bind.text(row.what()));
        column(statusColumn, row -> bind.text(row.status()));
        table.setItems(vm.rows());
        ListChangeListener<AttendanceViewModel.Row> refresh = change -> table.refresh();
        vm.rows().addListener(refresh);
        bind.onDispose(() -> {
            vm.rows().removeListener(refresh);
            // Not null: a closed window keeps its last screen in the scene, and a table laid out
            // with no list at all fails inside JavaFX's skin.
            table.setItems(FXCollections.observableArrayList());
        });
        whatColumn.setVisible(vm.rows().stream().anyMatch(r -> !r.what().isNone()));
    }

    private static void column(TableColumn<AttendanceViewModel.Row, String> column,
            Function<AttendanceViewModel.Row, String> value) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    }

    @FXML
    void onClose() {
        vm.onClose();
    }
}
