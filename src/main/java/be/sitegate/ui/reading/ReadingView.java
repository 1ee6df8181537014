package be.sitegate.ui.reading;

import be.sitegate.ui.shared.FxmlView;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.ViewBindings;
import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** "Reading your card", or "one moment" while a typed number is being registered. */
public final class ReadingView extends FxmlView {

    private final ReadingViewModel vm;
    @FXML private Label headline;
    @FXML private Label sub;

    public ReadingView(ReadingViewModel vm) {
        this.vm = vm;
    }

    @Override
    protected void onActivate() {
        bind.listen(vm.readingCardProperty(), card -> {
            headline.setText(bind.text(Msg.of(card ? "reading.title" : "busy.title")));
            ViewBindings.show(sub, card);
        });
    }
}
