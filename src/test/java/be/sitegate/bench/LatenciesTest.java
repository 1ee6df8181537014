package be.sitegate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Nearest-rank percentiles: the figures in docs/BENCHMARKS.md are samples that happened. */
class LatenciesTest {

    @Test
    void percentilesAreNearestRankSamples() {
        Latencies l = new Latencies("step");
        for (int i = 1; i <= 200; i++) {
            l.add(i * 1_000_000L);
        }
        assertThat(l.medianMillis()).isCloseTo(100.0, within(1e-9));
        assertThat(l.p99Millis()).isCloseTo(198.0, within(1e-9));
        assertThat(l.maxMillis()).isCloseTo(200.0, within(1e-9));
        assertThat(l.row()).isEqualTo("| step | 200 | 100.00 | 198.00 | 200.00 |");
    }

    @Test
    void oneSampleIsItsOwnMedianP99AndMax() {
        Latencies l = new Latencies("one");
        l.add(3_500_000L);
        assertThat(l.medianMillis()).isEqualTo(3.5);
        assertThat(l.p99Millis()).isEqualTo(3.5);
    }
}
