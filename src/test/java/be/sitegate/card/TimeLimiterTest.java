package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** What runs after the value is handed back never holds the caller up, and never changes what it gets. */
class TimeLimiterTest {

    private static final Duration LIMIT = Duration.ofSeconds(10);

    @Test
    void theCallerHasTheValueBeforeAfterwardsHasRun() throws Exception {
        CountDownLatch callerHasIt = new CountDownLatch(1);
        AtomicReference<String> seenAfterwards = new AtomicReference<>();
        CountDownLatch afterwardsDone = new CountDownLatch(1);
        String value = TimeLimiter.call(() -> "read", v -> {
            try {
                // Blocks until the caller has returned: call() cannot be waiting for this.
                if (callerHasIt.await(10, TimeUnit.SECONDS)) {
                    seenAfterwards.set(v);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                afterwardsDone.countDown();
            }
        }, LIMIT, () -> "timed out", e -> "error");
        callerHasIt.countDown();
        assertThat(value).isEqualTo("read");
        assertThat(afterwardsDone.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(seenAfterwards).hasValue("read");
    }

    @Test
    void afterwardsThatThrowsChangesNothing() {
        String value = TimeLimiter.call(() -> "read", v -> {
            throw new IllegalStateException("log appender broke");
        }, LIMIT, () -> "timed out", e -> "error");
        assertThat(value).isEqualTo("read");
        assertThat(TimeLimiter.call(() -> "again", v -> { }, LIMIT, () -> "timed out", e -> "error")).isEqualTo("again");
    }

    @Test
    void aTaskThatThrowsGoesToOnErrorAndAfterwardsDoesNotRun() {
        AtomicBoolean ran = new AtomicBoolean();
        String value = TimeLimiter.<String>call(() -> {
            throw new java.io.IOException("card gone");
        }, v -> ran.set(true), LIMIT, () -> "timed out", e -> "error " + e.getMessage());
        assertThat(value).isEqualTo("error card gone");
        assertThat(ran).isFalse();
        assertThat(TimeLimiter.<String>call(() -> {
            throw new AssertionError("an Error too");
        }, v -> ran.set(true), LIMIT, () -> "timed out", e -> "error " + e.getMessage())).isEqualTo("error an Error too");
        assertThat(ran).isFalse();
    }

    @Test
    void aTaskPastTheLimitGivesTheTimeoutValue() {
        CountDownLatch never = new CountDownLatch(1);
        String value = TimeLimiter.call(() -> {
            never.await();
            return "late";
        }, v -> { }, Duration.ofMillis(50), () -> "timed out", e -> "error");
        assertThat(value).isEqualTo("timed out");
    }
}
