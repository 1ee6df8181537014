package be.sitegate.ui;

import be.sitegate.ui.shared.Countdown;
import java.time.Duration;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/** A countdown the test fires by hand; its seconds left stay at the full delay until then. */
final class ManualCountdown implements Countdown {
    Duration delay;
    private Runnable action;
    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(0);

    @Override
    public void start(Duration newDelay, Runnable whenDone) {
        delay = newDelay;
        action = whenDone;
        secondsLeft.set((int) Math.ceil(newDelay.toMillis() / 1000.0));
    }

    @Override
    public void cancel() {
        delay = null;
        action = null;
        secondsLeft.set(0);
    }

    @Override
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    boolean running() {
        return action != null;
    }

    void fire() {
        Runnable a = action;
        action = null;
        delay = null;
        secondsLeft.set(0);
        a.run();
    }
}
