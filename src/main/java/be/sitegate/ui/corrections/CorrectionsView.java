package be.sitegate.ui.corrections;

import be.sitegate.kiosk.CancelReason;
import be.sitegate.ui.shared.CorrectionNotes;
import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Styles;
import be.sitegate.ui.shared.ViewBindings;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;

/** The corrections screen: the person, one step in the middle, today's corrections below. */
public final class CorrectionsView extends FxmlView {

    private final CorrectionsViewModel vm;
    @FXML private Label who;
    @FXML private Label details;
    @FXML private Label status;
    @FXML private Pane overviewPage;
    @FXML private Pane reasonPage;
    @FXML private Pane confirmPage;
    @FXML private Pane workingPage;
    @FXML private Pane outcomePage;
    @FXML private Button withdrawButton;
    @FXML private Button resendButton;
    @FXML private Label whyNone;
    @FXML private GridPane reasons;
    @FXML private Label question;
    @FXML private Label headline;
    @FXML private Label outcome;
    @FXML private VBox logLines;

    public CorrectionsView(CorrectionsViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.plain(who, vm.whoProperty());
        bind.plain(details, vm.detailsProperty());
        bind.msg(status, vm.statusProperty());
        bind.msg(whyNone, vm.whyNoneProperty());
        bind.msg(resendButton, vm.resendLabelProperty());
        bind.msg(question, vm.questionProperty());
        bind.msg(headline, vm.headlineProperty());
        bind.msg(outcome, vm.outcomeProperty());
        bind.shownWhen(withdrawButton, vm.withdrawOfferedProperty(), offered -> offered);
        bind.shownWhen(resendButton, vm.resendOfferedProperty(), offered -> offered);
        bind.listen(vm.toneProperty(), tone -> {
            for (CorrectionsViewModel.Tone t : CorrectionsViewModel.Tone.values()) {
                Styles.toggle(outcomePage, "tone-" + t.name(), t == tone);
            }
        });
        reasonButtons();
        Map<CorrectionsViewModel.Page, Node> pages = Map.of(CorrectionsViewModel.Page.OVERVIEW, overviewPage,
                CorrectionsViewModel.Page.REASON, reasonPage, CorrectionsViewModel.Page.CONFIRM, confirmPage,
                CorrectionsViewModel.Page.WORKING, workingPage, CorrectionsViewModel.Page.OUTCOME, outcomePage);
        bind.listen(vm.pageProperty(), page -> pages.forEach((p, node) -> ViewBindings.show(node, p == page)));
        ListChangeListener<Msg> refill = change -> fillLog();
        vm.log().addListener(refill);
        bind.onDispose(() -> {
            vm.log().removeListener(refill);
            logLines.getChildren().clear();
            reasons.getChildren().clear();
        });
        fillLog();
    }

    /** One big button per reason, its name over what it means, so nobody has to know the service's codes. */
    private void reasonButtons() {
        reasons.getChildren().clear();
        int i = 0;
        for (CancelReason r : CancelReason.values()) {
            Button b = new Button(bind.text(CorrectionNotes.reason(r.name())) + "\n"
                    + bind.text(Msg.of("corrections.reasonDetail." + r.name())));
            b.setId("reason-" + r.name());
            b.getStyleClass().addAll("big-button", "secondary", "correction-reason");
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMaxHeight(Double.MAX_VALUE);
            b.setOnAction(e -> vm.onReason(r));
            reasons.add(b, i % 2, i / 2);
            i++;
        }
    }

    private void fillLog() {
        logLines.getChildren().clear();
        if (vm.log().isEmpty()) {
            logLines.getChildren().add(new Label(bind.text(Msg.of("corrections.log.empty"))));
            return;
        }
        int i = 0;
        for (Msg line : vm.log()) {
            Label label = new Label(bind.text(line));
            label.setId("log-" + i++);
            label.setWrapText(true);
            logLines.getChildren().add(label);
        }
    }

    @FXML
    void onWithdraw() {
        vm.onWithdraw();
    }

    @FXML
    void onResend() {
        vm.onResend();
    }

    @FXML
    void onConfirm() {
        vm.onConfirm();
    }

    @FXML
    void onBack() {
        vm.onBack();
    }
}
