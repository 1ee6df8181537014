package be.sitegate.ui.admin;

import be.sitegate.kiosk.ReportWriter.Kind;
import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.ViewBindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.layout.Pane;

/** The administration screen: the kiosk's state in rows, its actions below, the exit asked twice. */
public final class AdminView extends FxmlView {

    private final AdminViewModel vm;
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
    @FXML private ProgressBar exportProgress;
    @FXML private Label exportOutcome;
    @FXML private Button exportPdfButton;
    @FXML private Button exportCsvButton;
    @FXML private Button exportPosterButton;

    public AdminView(AdminViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
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
            ViewBindings.show(stateGrid, !shown);
            exportsButton.setText(bind.text(be.sitegate.ui.shared.Msg.of(shown ? "admin.exports.hide" : "admin.exports")));
        });
        exportFolder.textProperty().bindBidirectional(exports.folderProperty());
        bind.onDispose(() -> exportFolder.textProperty().unbindBidirectional(exports.folderProperty()));
        exportProgress.progressProperty().bind(exports.progressProperty());
        bind.onDispose(() -> exportProgress.progressProperty().unbind());
        bind.msg(exportOutcome, exports.outcomeProperty());
        bind.listen(exports.busyProperty(), busy -> {
            exportPdfButton.setDisable(busy);
            exportCsvButton.setDisable(busy);
            exportPosterButton.setDisable(busy);
            exportFolder.setDisable(busy);
        });
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
    void onBack() {
        vm.onBack();
    }
}
