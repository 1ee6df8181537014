package be.sitegate.ui.shared;

import java.time.Duration;

/** The "back to idle in a few seconds" timer; a new start or a cancel replaces the running one. */
public interface Countdown {

    void start(Duration delay, Runnable whenDone);

    void cancel();
}
