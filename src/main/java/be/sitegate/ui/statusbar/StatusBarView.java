package be.sitegate.ui.statusbar;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Styles;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** The bottom line every screen shares. */
public final class StatusBarView extends FxmlView {

    private final StatusBarViewModel vm;
    @FXML private Label workplace;
    @FXML private Label storage;
    @FXML private HBox connectionAndQueue;
    @FXML private Label reader;
    @FXML private Label connection;
    @FXML private Label queue;
    @FXML private Label attention;
    @FXML private Label certificate;
    @FXML private Label time;

    public StatusBarView(StatusBarViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.plain(workplace, vm.workplaceProperty());
        bind.plain(time, vm.timeProperty());
        bind.msg(reader, vm.readerProperty());
        bind.msg(connection, vm.connectionProperty());
        bind.msg(queue, vm.queueProperty());
        bind.msg(attention, vm.attentionProperty());
        bind.msg(certificate, vm.certificateProperty());
        bind.msg(storage, vm.storageProblemProperty());
        bind.shownWhen(connectionAndQueue, vm.connectionAndQueueShownProperty(), shown -> shown);
        bind.listen(vm.onlineProperty(), online -> Styles.toggle(connection, "status-bad", !online));
        bind.listen(vm.sendingStoppedProperty(), stopped -> Styles.toggle(connection, "status-alarm", stopped));
        bind.listen(vm.readerReadyProperty(), ready -> Styles.toggle(reader, "status-bad", !ready));
    }
}
