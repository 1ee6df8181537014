package be.sitegate.ui.shared;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;

/** {@link Countdown} on a JavaFX {@link Timeline}: it fires on the FX thread, where the view models live. */
public final class TimelineCountdown implements Countdown {

    private Timeline running;

    @Override
    public void start(Duration delay, Runnable whenDone) {
        cancel();
        Timeline timeline = new Timeline(new KeyFrame(javafx.util.Duration.millis(delay.toMillis()), e -> whenDone.run()));
        running = timeline;
        timeline.play();
    }

    @Override
    public void cancel() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }
}
