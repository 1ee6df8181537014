package be.sitegate.reliability;

import be.sitegate.ui.shared.Countdown;
import java.time.Duration;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * The kiosk's "back to idle" timer, fired by the harness instead of by the clock: a sweep then
 * waits for no screen's seconds, and a kiosk that would stay on a screen forever has no timer to fire.
 * Used on the kiosk's UI thread only.
 */
final class HandCountdown implements Countdown {

    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(0);
    private Runnable action;

    @Override
    public void start(Duration delay, Runnable whenDone) {
        action = whenDone;
        secondsLeft.set((int) Math.max(1, Math.ceil(delay.toMillis() / 1000.0)));
    }

    @Override
    public void cancel() {
        action = null;
        secondsLeft.set(0);
    }

    @Override
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }

    /** Runs what the running countdown would run when it ends; false when none runs. */
    boolean fire() {
        Runnable a = action;
        action = null;
        secondsLeft.set(0);
        if (a == null) {
            return false;
        }
        a.run();
        return true;
    }
}
