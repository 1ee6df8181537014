package be.sitegate.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Samples of one measured step, in nanoseconds, and their summary as docs/BENCHMARKS.md reports
 * every figure: count, median, p99 and max (nearest-rank percentiles: a p99 is a sample that
 * happened, never an interpolation).
 */
public final class Latencies {

    private final String name;
    private final List<Long> nanos = new ArrayList<>();

    public Latencies(String name) {
        this.name = name;
    }

    public void add(long sampleNanos) {
        nanos.add(sampleNanos);
    }

    /** Runs {@code step} and records how long it took. */
    public void time(Runnable step) {
        long start = System.nanoTime();
        step.run();
        add(System.nanoTime() - start);
    }

    public int count() {
        return nanos.size();
    }

    public String name() {
        return name;
    }

    /** The {@code p}-th percentile (0 < p <= 100) by nearest rank, in milliseconds. */
    public double percentileMillis(double p) {
        if (nanos.isEmpty()) {
            throw new IllegalStateException(name + ": no samples");
        }
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1))) / 1e6;
    }

    public double medianMillis() {
        return percentileMillis(50);
    }

    public double p99Millis() {
        return percentileMillis(99);
    }

    public double maxMillis() {
        return percentileMillis(100);
    }

    /** A Markdown table row: name, n, median, p99, max (ms). */
    public String row() {
        return String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |", name, count(), medianMillis(),
                p99Millis(), maxMillis());
    }

    /** The header that goes with {@link #row()}. */
    public static String header() {
        return "| step | n | median ms | p99 ms | max ms |\n| --- | ---: | ---: | ---: | ---: |";
    }

    /** {@code this} p99 over {@code floor}'s p99, for "ratio to the floor" columns. */
    public double p99Ratio(Latencies floor) {
        return p99Millis() / floor.p99Millis();
    }
}
