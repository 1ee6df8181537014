package be.sitegate.ui.message;

import be.sitegate.kiosk.OutcomeSounds;
import be.sitegate.kiosk.OutcomeSounds.Outcome;
import be.sitegate.ui.shared.Msg;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * A short message to the worker (card pulled, not authentic, ...), gone after a few seconds. Every
 * warning or error means nothing was registered, so it sounds like it: the tone follows the colour.
 */
public final class MessageViewModel {

    /** Decides the colour and icon. */
    public enum Kind {
        INFO,
        WARNING,
        ERROR
    }

    private final ReadOnlyObjectWrapper<Msg> title = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Msg> detail = new ReadOnlyObjectWrapper<>(Msg.NONE);
    private final ReadOnlyObjectWrapper<Kind> kind = new ReadOnlyObjectWrapper<>(Kind.INFO);
    private final OutcomeSounds sounds;
    private final Runnable dismiss;

    public MessageViewModel(OutcomeSounds sounds, Runnable dismiss) {
        this.sounds = sounds;
        this.dismiss = dismiss;
    }

    public void show(Kind newKind, Msg newTitle, Msg newDetail) {
        kind.set(newKind);
        title.set(newTitle);
        detail.set(newDetail);
        switch (newKind) {
            case WARNING -> sounds.play(Outcome.FLAGGED); // amber: try again (the card came out too soon)
            case ERROR -> sounds.play(Outcome.NOT_REGISTERED);
            case INFO -> {
                // nothing happened to a registration: no sound
            }
        }
    }

    public void onOk() {
        dismiss.run();
    }

    public ReadOnlyObjectProperty<Msg> titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Msg> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Kind> kindProperty() {
        return kind.getReadOnlyProperty();
    }
}
