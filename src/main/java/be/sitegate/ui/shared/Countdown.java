package be.sitegate.ui.shared;

import java.time.Duration;
import javafx.beans.property.ReadOnlyIntegerProperty;

/** The "back to idle in a few seconds" timer; a new start or a cancel replaces the running one. */
public interface Countdown {

    void start(Duration delay, Runnable whenDone);

    void cancel();

    /**
     * Whole seconds left before the running countdown fires, counting down once a second; 0 when
     * none runs. The worker sees it wherever the kiosk waits for them.
     */
    ReadOnlyIntegerProperty secondsLeftProperty();
}
