package be.sitegate.ui.admin;

import be.sitegate.kiosk.ReportWriter.Kind;
import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Styles;
import be.sitegate.ui.shared.ViewBindings;
import be.sitegate.ui.shared.keyboard.KeyboardModel;
import be.sitegate.ui.shared.keyboard.KeyboardOnDemand;
import be.sitegate.ui.shared.keyboard.OnScreenKeyboard;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.Pane;

/** The administration screen: the kiosk's state in rows, its actions below, the exit asked twice. */
public final class AdminView extends FxmlView {

    private final AdminViewModel vm;
    @FXML private javafx.scene.control.Button badgesButton;
    @FXML private Label connection;
    @FXML private Label failingSince;
    @FXML private Label waiting;
    @FXML private Label toCheck;
    @FXML private Label reader;
    @FXML private Label defaultLanguage;
    @FXML private Label lastError;
    @FXML private Label feedback;
    @FXML private Button sendNowButton;
    @FXML private Button exitButton;
    @FXML private Pane actions;
    @FXML private Pane exitConfirmation;
    @FXML private Pane stateGrid;
    @FXML private Pane exportPanel;
    @FXML private Button exportsButton;
    @FXML private TextField exportFolder;
    @FXML private StackPane keyboardDock;
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportOutcome;
    @FXML private Button exportPdfButton;
    @FXML private Button exportCsvButton;
    @FXML private Button exportPosterButton;
    @FXML private Button exportCancelButton;
    @FXML private Pane periodPresets;
    @FXML private Label periodFrom;
    @FXML private Label periodTo;
    @FXML private Button fromEarlier;
    @FXML private Button fromLater;
    @FXML private Button toEarlier;
    @FXML private Button toLater;
    @FXML private Button errorsButton;
    @FXML private Pane errorPanel;
    @FXML private ListView<Msg> errorList;

    public AdminView(AdminViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.shownWhen(badgesButton, vm.badgesOfferedProperty(), offered -> offered);
        bind.msg(connection, vm.connectionProperty());
        bind.msg(failingSince, vm.failingSinceProperty());
        bind.msg(waiting, vm.waitingProperty());
        bind.msg(toCheck, vm.toCheckProperty());
        bind.msg(reader, vm.readerProperty());
        bind.msg(lastError, vm.lastErrorProperty());
        bind.msg(feedback, vm.feedbackProperty());
        defaultLanguage.setText(vm.defaultLanguage());
        // Without the tools (screens on fakes) the buttons would do nothing: better not offered at all.
        ViewBindings.show(sendNowButton, vm.toolsAvailable());
        ViewBindings.show(exitButton, vm.toolsAvailable());
        bindExports();
        bindErrors();
        bind.listen(vm.confirmingExitProperty(), confirming -> {
            ViewBindings.show(exitConfirmation, confirming);
            ViewBindings.show(actions, !confirming);
        });
    }

    private void bindExports() {
        AdminExports exports = vm.exports;
        ViewBindings.show(exportsButton, exports.available());
        bind.listen(vm.exportsShownProperty(), shown -> {
            ViewBindings.show(exportPanel, shown);
            showState();
            exportsButton.setText(bind.text(Msg.of(shown ? "admin.exports.hide" : "admin.exports")));
        });
        exportFolder.textProperty().bindBidirectional(exports.folderProperty());
        bind.onDispose(() -> exportFolder.textProperty().unbindBidirectional(exports.folderProperty()));
        KeyboardOnDemand keyboard = KeyboardOnDemand.attach(exportFolder, keyboardDock, KeyboardModel.Hint.TEXT,
                new OnScreenKeyboard.Texts(bind.text(Msg.of("kbd.next")), bind.text(Msg.of("kbd.done"))));
        bind.onDispose(keyboard::hide);
        exportProgress.progressProperty().bind(exports.progressProperty());
        bind.onDispose(() -> exportProgress.progressProperty().unbind());
        bind.msg(exportOutcome, exports.outcomeProperty());
        bind.listen(exports.busyProperty(), busy -> {
            exportPdfButton.setDisable(busy);
            exportCsvButton.setDisable(busy);
            exportPosterButton.setDisable(busy);
            exportFolder.setDisable(busy);
            periodPresets.setDisable(busy);
            ViewBindings.show(exportCancelButton, busy);
            showSteppers();
        });
        PeriodChoice period = exports.period;
        bind.msg(periodFrom, period.fromProperty());
        bind.msg(periodTo, period.toProperty());
        bind.listen(period.periodProperty(), p -> showSteppers());
        bind.listen(period.presetProperty(), chosen -> {
            for (PeriodPreset preset : PeriodPreset.values()) {
                periodPresets.getChildren().stream().filter(n -> ("period" + preset.name()).equals(n.getId()))
                        .forEach(n -> Styles.toggle(n, "chosen", chosen.equals(java.util.Optional.of(preset))));
            }
        });
    }

    /** A stepper that would make no real period (start after end, end after today) is greyed, not silent. */
    private void showSteppers() {
        PeriodChoice period = vm.exports.period;
        boolean busy = vm.exports.busyProperty().get();
        fromEarlier.setDisable(busy || !period.canFromEarlier());
        fromLater.setDisable(busy || !period.canFromLater());
        toEarlier.setDisable(busy || !period.canToEarlier());
        toLater.setDisable(busy || !period.canToLater());
    }

    private void bindErrors() {
        ViewBindings.show(errorsButton, vm.errorHistoryKept());
        errorList.setItems(vm.errors());
        bind.onDispose(() -> errorList.setItems(javafx.collections.FXCollections.observableArrayList()));
        errorList.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Msg item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : bind.text(item));
                setWrapText(true);
            }
        });
        errorList.setFocusTraversable(false);
        bind.listen(vm.errorsShownProperty(), shown -> {
            ViewBindings.show(errorPanel, shown);
            showState();
        });
    }

    /** The state rows, unless the exports or the errors take their place. */
    private void showState() {
        ViewBindings.show(stateGrid, !vm.exportsShownProperty().get() && !vm.errorsShownProperty().get());
    }

    @FXML
    void onShowErrors() {
        vm.onShowErrors();
    }

    @FXML
    void onHideErrors() {
        vm.onHideErrors();
    }

    /** A preset button: its {@code userData} names the {@link PeriodPreset}. */
    @FXML
    void onPeriod(ActionEvent event) {
        vm.exports.period.choose(PeriodPreset.valueOf((String) ((Node) event.getSource()).getUserData()));
    }

    @FXML
    void onFromEarlier() {
        vm.exports.period.fromEarlier();
    }

    @FXML
    void onFromLater() {
        vm.exports.period.fromLater();
    }

    @FXML
    void onToEarlier() {
        vm.exports.period.toEarlier();
    }

    @FXML
    void onToLater() {
        vm.exports.period.toLater();
    }

    @FXML
    void onExportCancel() {
        vm.exports.cancel();
    }

    @FXML
    void onToggleExports() {
        if (vm.exportsShownProperty().get()) {
            vm.onHideExports();
        } else {
            vm.onShowExports();
        }
    }

    @FXML
    void onExportPdf() {
        vm.exports.export(Kind.PDF_REPORT);
    }

    @FXML
    void onExportCsv() {
        vm.exports.export(Kind.CSV);
    }

    @FXML
    void onExportPoster() {
        vm.exports.export(Kind.POSTER);
    }

    @FXML
    void onSendNow() {
        vm.onSendNow();
    }

    @FXML
    void onReinitialise() {
        vm.onReinitialise();
    }

    @FXML
    void onExit() {
        vm.onExit();
    }

    @FXML
    void onExitConfirmed() {
        vm.onExitConfirmed();
    }

    @FXML
    void onExitCancelled() {
        vm.onExitCancelled();
    }

    @FXML
    void onBadges() {
        vm.onBadges();
    }

    @FXML
    void onBack() {
        vm.onBack();
    }
}
