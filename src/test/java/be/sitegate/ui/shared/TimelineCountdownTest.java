package be.sitegate.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The real back-to-idle timer: fires once on the FX thread, and not at all once cancelled or replaced. */
@ExtendWith(FxPlatformExtension.class)
class TimelineCountdownTest {

    private final TimelineCountdown countdown = new TimelineCountdown();

    @Test
    void firesOnceOnTheFxThread() throws Exception {
        CountDownLatch fired = new CountDownLatch(1);
        AtomicInteger onFxThread = new AtomicInteger();
        Platform.runLater(() -> countdown.start(Duration.ofMillis(100), () -> {
            if (Platform.isFxApplicationThread()) {
                onFxThread.incrementAndGet();
            }
            fired.countDown();
        }));
        assertThat(fired.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(onFxThread.get()).isEqualTo(1);
    }

    @Test
    void aNewStartReplacesTheRunningOneAndCancelStopsIt() throws Exception {
        AtomicInteger first = new AtomicInteger();
        CountDownLatch second = new CountDownLatch(1);
        Platform.runLater(() -> {
            countdown.start(Duration.ofMillis(100), first::incrementAndGet);
            countdown.start(Duration.ofMillis(200), second::countDown); // a new card came in
        });
        assertThat(second.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(first.get()).isZero();

        AtomicInteger cancelled = new AtomicInteger();
        Platform.runLater(() -> {
            countdown.start(Duration.ofMillis(50), cancelled::incrementAndGet);
            countdown.cancel();
        });
        // A later countdown that fires proves the cancelled one's moment has passed: no guessed sleep.
        CountDownLatch later = new CountDownLatch(1);
        Platform.runLater(() -> countdown.start(Duration.ofMillis(150), later::countDown));
        assertThat(later.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(cancelled.get()).isZero();
    }

    @Test
    void theSecondsLeftCountDownToZeroAndACancelShowsNone() throws Exception {
        List<Integer> seen = new CopyOnWriteArrayList<>();
        CountDownLatch fired = new CountDownLatch(1);
        Platform.runLater(() -> {
            countdown.secondsLeftProperty().addListener((obs, old, now) -> seen.add(now.intValue()));
            countdown.start(Duration.ofMillis(2500), fired::countDown);
        });
        assertThat(fired.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(3, 2, 1, 0);

        CountDownLatch cancelled = new CountDownLatch(1);
        Platform.runLater(() -> {
            countdown.start(Duration.ofSeconds(30), () -> { });
            seen.clear();
            countdown.cancel();
            cancelled.countDown();
        });
        assertThat(cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(seen).containsExactly(0);
    }
}
