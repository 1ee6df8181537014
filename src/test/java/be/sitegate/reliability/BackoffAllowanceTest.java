package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.sync.Backoff;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffAllowanceTest {

    private final BackoffAllowance allowance = new BackoffAllowance(
            new Backoff(Duration.ofMillis(100), Duration.ofSeconds(1), () -> 0));

    @Test
    void countsTheCallAtTheStartAndOnePerShortestWaitThatEndsInTheWindow() {
        // Shortest waits: 50, 100, 200, 400, 500, 500 ... ms.
        assertThat(allowance.callsIn(Duration.ZERO)).isEqualTo(1);
        assertThat(allowance.callsIn(Duration.ofMillis(49))).isEqualTo(1);
        assertThat(allowance.callsIn(Duration.ofMillis(50))).isEqualTo(2);
        assertThat(allowance.callsIn(Duration.ofMillis(750))).isEqualTo(5);
        assertThat(allowance.callsIn(Duration.ofMillis(1250))).isEqualTo(6);
        assertThat(allowance.callsIn(Duration.ofMillis(1250 + 5000))).isEqualTo(16);
    }

    @Test
    void atTheCapOneCallPerHalfCap() {
        assertThat(allowance.steadyCallsPerMinute()).isEqualTo(120.0);
        assertThat(allowance.ramp()).isEqualTo(5);
        assertThat(new BackoffAllowance(Backoff.standard()).steadyCallsPerMinute()).isEqualTo(0.4);
    }
}
