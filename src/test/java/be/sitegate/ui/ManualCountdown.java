package be.sitegate.ui;

import be.sitegate.ui.shared.Countdown;
import java.time.Duration;

/** A countdown the test fires by hand. */
final class ManualCountdown implements Countdown {
    Duration delay;
    private Runnable action;

    @Override
    public void start(Duration newDelay, Runnable whenDone) {
        delay = newDelay;
        action = whenDone;
    }

    @Override
    public void cancel() {
        delay = null;
        action = null;
    }

    boolean running() {
        return action != null;
    }

    void fire() {
        Runnable a = action;
        action = null;
        delay = null;
        a.run();
    }
}
