package be.sitegate.ui.message;

import be.sitegate.ui.shared.Msg;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/** A short message to the worker (card pulled, not authentic, ...), gone after a few seconds. */
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
    private final Runnable dismiss;

    public MessageViewModel(Runnable dismiss) {
        this.dismiss = dismiss;
    }

    public void show(Kind newKind, Msg newTitle, Msg newDetail) {
        kind.set(newKind);
        title.set(newTitle);
        detail.set(newDetail);
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
