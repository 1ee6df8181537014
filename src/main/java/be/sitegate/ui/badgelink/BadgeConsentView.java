package be.sitegate.ui.badgelink;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.ViewBindings;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;

/** The badge consent: what is kept and until when, a tick for the photo, agree or no thanks. */
public final class BadgeConsentView extends FxmlView {

    private final BadgeConsentViewModel vm;
    @FXML private Label until;
    @FXML private CheckBox keepPhoto;

    public BadgeConsentView(BadgeConsentViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.msg(until, vm.untilProperty());
        bind.listen(vm.keepPhotoProperty(), keepPhoto::setSelected);
        keepPhoto.setOnAction(e -> vm.keepPhotoProperty().set(keepPhoto.isSelected()));
        bind.listen(vm.photoOfferedProperty(), offered -> ViewBindings.show(keepPhoto, offered));
    }

    @FXML
    void onAgree() {
        vm.onAgree();
    }

    @FXML
    void onNoThanks() {
        vm.onNoThanks();
    }
}
