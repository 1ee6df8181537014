package be.sitegate.ui.confirmation;

import be.sitegate.kiosk.OutcomeSounds.Outcome;
import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Styles;
import be.sitegate.ui.shared.ViewBindings;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * Who was registered, for whom, when, and whether the central service confirmed it yet; the mark,
 * the headline and the advice take the outcome's colour (style classes {@code outcome-*}).
 */
public final class ConfirmationView extends FxmlView {

    /** A shape as well as a colour, for the colour-blind: tick, exclamation mark, cross. */
    private static final Map<Outcome, String> MARKS = Map.of(
            Outcome.REGISTERED, "✔", Outcome.FLAGGED, "!", Outcome.NOT_REGISTERED, "✖");

    private final ConfirmationViewModel vm;
    @FXML private StackPane photoFrame;
    @FXML private ImageView photo;
    @FXML private Label mark;
    @FXML private Label headline;
    @FXML private Label advice;
    @FXML private Label name;
    @FXML private Label maskedId;
    @FXML private Label employer;
    @FXML private Label time;
    @FXML private Label status;
    @FXML private Label notice;
    @FXML private VBox root;
    @FXML private javafx.scene.control.Button linkBadgeButton;

    public ConfirmationView(ConfirmationViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.msg(headline, vm.headlineProperty());
        bind.plain(name, vm.nameProperty());
        bind.plain(maskedId, vm.maskedIdProperty());
        bind.msg(employer, vm.employerProperty());
        bind.msg(time, vm.timeProperty());
        bind.msg(status, vm.statusProperty());
        bind.msg(notice, vm.noticeProperty());
        bind.msg(advice, vm.adviceProperty());
        bind.listen(vm.outcomeProperty(), outcome -> {
            Styles.variant(root, "outcome-", outcome.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            mark.setText(MARKS.get(outcome));
        });
        bind.shownWhen(maskedId, vm.maskedIdProperty(), id -> !id.equals(vm.nameProperty().get()));
        bind.listen(vm.stateProperty(),
                state -> Styles.variant(status, "state-", state.name().toLowerCase(Locale.ROOT)));
        bind.listen(vm.photoProperty(), jpeg -> {
            photo.setImage(jpeg == null ? null : new Image(new ByteArrayInputStream(jpeg)));
            ViewBindings.show(photoFrame, jpeg != null);
        });
        bind.listen(vm.badgeOfferedProperty(), offered -> ViewBindings.show(linkBadgeButton, offered));
    }

    @FXML
    void onOk() {
        vm.onOk();
    }

    @FXML
    void onLinkBadge() {
        vm.onLinkBadge();
    }
}
