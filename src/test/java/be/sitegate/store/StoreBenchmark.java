package be.sitegate.store;

import be.sitegate.testkit.Fixtures;
import be.sitegate.domain.ClientReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures the store on a real file: committed registrations per second (each one fsync'ed, as the
 * kiosk does), one outbox drain cycle of 200, and the attendance query for a busy day. Run with
 * {@code .ci/bench store}; figures go to docs/BENCHMARKS.md. Not a test: no assertion on time.
 */
public final class StoreBenchmark {

    private StoreBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int registrations = 1_000;
        double[] perSecond = new double[rounds];
        double[] drainMs = new double[rounds];
        double[] attendanceMs = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            Path dir = Files.createTempDirectory("sitegate-bench");
            try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), Clock.systemUTC())) {
                long start = System.nanoTime();
                for (int i = 0; i < registrations; i++) {
                    store.registrations().register(Fixtures.registration(Fixtures.worker(i),
                            Fixtures.SITE, Fixtures.DAY));
                }
                perSecond[round] = registrations / ((System.nanoTime() - start) / 1e9);

                start = System.nanoTime();
                List<OutboxItem> due = store.outbox().due(200);
                List<ClientReference> refs = due.stream().map(OutboxItem::reference).toList();
                store.outbox().markSent(refs, Duration.ofSeconds(30));
                List<DeliveryOutcome> outcomes = new ArrayList<>();
                for (int i = 0; i < refs.size(); i++) {
                    outcomes.add(new DeliveryOutcome.Accepted(refs.get(i), String.valueOf(100_000_000_000L + i), List.of()));
                }
                store.outbox().record(outcomes);
                drainMs[round] = (System.nanoTime() - start) / 1e6;

                start = System.nanoTime();
                int lines = store.attendance().forDay(Fixtures.SITE, Fixtures.DAY).size();
                attendanceMs[round] = (System.nanoTime() - start) / 1e6;
                if (lines != registrations) {
                    throw new IllegalStateException("attendance shows " + lines);
                }
            } finally {
                try (var files = Files.walk(dir)) {
                    files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
        System.out.printf("committed registrations/s (WAL, synchronous=FULL): median %.0f  (runs %s)%n",
                median(perSecond), Arrays.toString(round(perSecond)));
        System.out.printf("outbox cycle of 200 (due + markSent + record): median %.1f ms  (runs %s)%n",
                median(drainMs), Arrays.toString(round(drainMs)));
        System.out.printf("attendance of a 1,000-worker day: median %.1f ms  (runs %s)%n",
                median(attendanceMs), Arrays.toString(round(attendanceMs)));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long[] round(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }
}
