package be.sitegate.ui;

import be.sitegate.ui.shared.Msg;
import java.util.EnumSet;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The seconds left before the kiosk goes back to idle, wherever it waits for the worker (a question,
 * the keypad, a confirmation, a message), so a worker sees how long they have and the next one sees
 * the screen will clear. Not on idle or the morning form (nothing waits), not while a card is read
 * (its time limit is a safety net, not the worker's), not on the foreman's list.
 */
public final class WaitingCountdown {

    private static final Set<Screen> NOT_SHOWN = EnumSet.of(Screen.INITIALISATION, Screen.IDLE, Screen.READING,
            Screen.ATTENDANCE);

    private final KioskFlow flow;
    private final ReadOnlyObjectWrapper<Msg> text = new ReadOnlyObjectWrapper<>(Msg.NONE);

    WaitingCountdown(KioskFlow flow) {
        this.flow = flow;
        InvalidationListener refresh = o -> refresh();
        flow.screenProperty().addListener(refresh);
        flow.secondsLeftProperty().addListener(refresh);
        refresh();
    }

    private void refresh() {
        int seconds = flow.secondsLeftProperty().get();
        text.set(seconds > 0 && !NOT_SHOWN.contains(flow.screen()) ? Msg.of("countdown.seconds", seconds) : Msg.NONE);
    }

    /** "12 s", or none. */
    public ReadOnlyObjectProperty<Msg> textProperty() {
        return text.getReadOnlyProperty();
    }
}
