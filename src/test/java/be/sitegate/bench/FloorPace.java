package be.sitegate.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The steps of an interleaved benchmark, run by run, split by the pace of the floor in that same run.
 * On this project's virtual machines the same floor runs at two paces, minutes apart: a quick one
 * when a sleeping thread's core wakes at once, a slow one (about three times longer) when it must be
 * woken by the host. A median over all runs then says more about how the runs fell between the two
 * than about the code, so each run's steps are compared with the floor of the same run, pace by pace.
 * The line between the two is twice the floor's 5th percentile: a run whose floor took less is at the
 * quick pace (on a machine that kept one pace, every run is on the first row).
 */
public final class FloorPace {

    private final String floor;
    private final Map<String, List<Long>> samples = new LinkedHashMap<>();

    /** {@code floor} names the step the others are compared with; the other steps keep their order. */
    public FloorPace(String floor) {
        this.floor = floor;
        samples.put(floor, new ArrayList<>());
    }

    /** One sample of {@code step} in the current run; every step is recorded once per run. */
    public void add(String step, long nanos) {
        samples.computeIfAbsent(step, s -> new ArrayList<>()).add(nanos);
    }

    /** The Markdown table: per pace, the runs, the floor's median and each step's median and ratio to it. */
    public String table() {
        long[] floors = samples.get(floor).stream().mapToLong(Long::longValue).toArray();
        for (Map.Entry<String, List<Long>> step : samples.entrySet()) {
            if (step.getValue().size() != floors.length) {
                throw new IllegalStateException(step.getKey() + ": " + step.getValue().size() + " samples for "
                        + floors.length + " runs");
            }
        }
        long quick = 2 * percentile(floors.clone(), 5);
        StringBuilder out = new StringBuilder("| floor's pace | runs | floor median ms |");
        StringBuilder rule = new StringBuilder("| --- | ---: | ---: |");
        for (String step : samples.keySet()) {
            if (!step.equals(floor)) {
                out.append(' ').append(step).append(": median ms (ratio) |");
                rule.append(" ---: |");
            }
        }
        out.append('\n').append(rule).append('\n');
        out.append(row(String.format(Locale.ROOT, "under %.2f ms", quick / 1e6), floors, f -> f < quick));
        out.append(row(String.format(Locale.ROOT, "%.2f ms or more", quick / 1e6), floors, f -> f >= quick));
        return out.toString();
    }

    private String row(String label, long[] floors, java.util.function.LongPredicate inPace) {
        List<Integer> runs = new ArrayList<>();
        for (int i = 0; i < floors.length; i++) {
            if (inPace.test(floors[i])) {
                runs.add(i);
            }
        }
        if (runs.isEmpty()) {
            return "| " + label + " | 0 |  |" + " |".repeat(samples.size() - 1) + "\n";
        }
        double floorMedian = median(floor, runs);
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.3f |", label, runs.size(),
                floorMedian / 1e6));
        for (String step : samples.keySet()) {
            if (!step.equals(floor)) {
                double m = median(step, runs);
                out.append(String.format(Locale.ROOT, " %.3f (%.2f) |", m / 1e6, m / floorMedian));
            }
        }
        return out.append('\n').toString();
    }

    private long median(String step, List<Integer> runs) {
        List<Long> all = samples.get(step);
        long[] chosen = runs.stream().mapToLong(all::get).toArray();
        return percentile(chosen, 50);
    }

    /** Nearest rank, as {@link Latencies}. */
    private static long percentile(long[] values, double p) {
        Arrays.sort(values);
        int rank = (int) Math.ceil(p / 100.0 * values.length);
        return values[Math.max(0, Math.min(values.length - 1, rank - 1))];
    }
}
