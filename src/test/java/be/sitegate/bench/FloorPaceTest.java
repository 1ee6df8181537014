package be.sitegate.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Each run's steps are compared with the floor of the same run, quick runs apart from slow ones. */
class FloorPaceTest {

    @Test
    void splitsTheRunsByTheirFloorsPaceAndComparesWithinEach() {
        FloorPace pace = new FloorPace("floor");
        // 20 quick runs (floor 0.4 ms, read 0.6 ms), then 20 slow ones (floor 1.2 ms, read 1.5 ms)
        for (int i = 0; i < 40; i++) {
            boolean quick = i < 20;
            pace.add("floor", quick ? 400_000 : 1_200_000);
            pace.add("read", quick ? 600_000 : 1_500_000);
        }
        String table = pace.table();
        assertThat(table).contains("| floor's pace | runs | floor median ms | read: median ms (ratio) |");
        assertThat(table).contains("| under 0.80 ms | 20 | 0.400 | 0.600 (1.50) |");
        assertThat(table).contains("| 0.80 ms or more | 20 | 1.200 | 1.500 (1.25) |");
    }

    @Test
    void aMachineThatKeptOnePaceHasAnEmptyRowForTheOther() {
        FloorPace pace = new FloorPace("floor");
        for (int i = 0; i < 10; i++) {
            pace.add("floor", 1_000_000 + i);
            pace.add("read", 1_300_000);
        }
        assertThat(pace.table()).contains("| under 2.00 ms | 10 | 1.000 | 1.300 (1.30) |")
                .contains("| 2.00 ms or more | 0 |  | |");
    }

    @Test
    void everyStepNeedsOneSamplePerRun() {
        FloorPace pace = new FloorPace("floor");
        pace.add("floor", 1);
        pace.add("floor", 2);
        pace.add("read", 3);
        assertThatThrownBy(pace::table).hasMessageContaining("read: 1 samples for 2 runs");
    }
}
