package be.sitegate.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void ceilingDoublesFromTheBaseUpToTheCap() {
        Backoff b = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.5);
        assertThat(b.ceiling(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(b.ceiling(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(b.ceiling(6)).isEqualTo(Duration.ofSeconds(32));
        assertThat(b.ceiling(7)).isEqualTo(Duration.ofSeconds(60));
        assertThat(b.ceiling(10_000)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void equalJitterDrawsBetweenHalfTheCeilingAndTheCeiling() {
        // The fixed half bounds how often a kiosk asks during a long outage, whatever the draws.
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.0).delay(5))
                .isEqualTo(Duration.ofSeconds(8));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.5).delay(5))
                .isEqualTo(Duration.ofSeconds(12));
        assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(60), () -> 0.999).delay(50))
                .isLessThan(Duration.ofSeconds(60)).isGreaterThanOrEqualTo(Duration.ofSeconds(30));
    }
}
