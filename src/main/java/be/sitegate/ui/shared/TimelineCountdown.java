package be.sitegate.ui.shared;

import java.time.Duration;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

/**
 * {@link Countdown} on a JavaFX {@link Timeline}: it fires on the FX thread, where the view models
 * live, with a frame each second so the seconds left count down on screen.
 */
public final class TimelineCountdown implements Countdown {

    private final ReadOnlyIntegerWrapper secondsLeft = new ReadOnlyIntegerWrapper(0);
    private Timeline running;

    @Override
    public void start(Duration delay, Runnable whenDone) {
        cancel();
        long total = delay.toMillis();
        Timeline timeline = new Timeline();
        for (long at = 1000; at < total; at += 1000) {
            int left = secondsIn(total - at);
            timeline.getKeyFrames().add(new KeyFrame(javafx.util.Duration.millis(at), e -> secondsLeft.set(left)));
        }
        timeline.getKeyFrames().add(new KeyFrame(javafx.util.Duration.millis(total), e -> {
            secondsLeft.set(0);
            whenDone.run();
        }));
        running = timeline;
        secondsLeft.set(secondsIn(total));
        timeline.play();
    }

    /** Rounded up: "1" shows until the very end, never "0" while something still waits. */
    private static int secondsIn(long millis) {
        return (int) ((millis + 999) / 1000);
    }

    @Override
    public void cancel() {
        if (running != null) {
            running.stop();
            running = null;
        }
        secondsLeft.set(0);
    }

    @Override
    public ReadOnlyIntegerProperty secondsLeftProperty() {
        return secondsLeft.getReadOnlyProperty();
    }
}
