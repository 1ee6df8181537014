package be.sitegate.store;

import be.sitegate.bench.Latencies;
import be.sitegate.bench.MachineLoad;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every query on the outbox's path, on a store of 10,000 and of 500,000 records (filled in bulk,
 * {@link BulkFill}: resolved history of earlier days and 9,000 records waiting today): a new
 * registration committed (the worker's tap), {@code due(200)}, {@code markSent} and {@code record}
 * of those 200 (one remark each, as the simulator flags unknown people), the summary the forwarder
 * publishes after each batch, {@code nextDueAt}, one record's delivery (what the delivery watch
 * reads per batch), an acknowledgement and a resend. Floors in the same run: an empty read and an
 * empty committed write; and, as "before", the full GROUP BY the summary used to be. Each step
 * {@code rounds} times after 5 warm-up rounds. Run with {@code .ci/bench outbox [rounds]}. Not a
 * test: no assertion on time.
 */
public final class OutboxPathBenchmark {

    private static final int WAITING = 9_000;
    private static final int BATCH = 200;

    private OutboxPathBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        System.out.println("machine: " + MachineLoad.describe());
        Map<Integer, Map<String, Latencies>> bySize = new LinkedHashMap<>();
        for (int size : new int[] {10_000, 500_000}) {
            bySize.put(size, measure(size, rounds));
        }
        Map<String, Latencies> small = bySize.get(10_000);
        Map<String, Latencies> large = bySize.get(500_000);
        System.out.println("| step | records | n | median ms | p99 ms | max ms | p99 500,000 / 10,000 |");
        System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
        for (String step : small.keySet()) {
            for (Map.Entry<Integer, Map<String, Latencies>> e : bySize.entrySet()) {
                Latencies l = e.getValue().get(step);
                String ratio = e.getKey() == 500_000 ? String.format(Locale.ROOT, "%.2f", large.get(step).p99Ratio(small.get(step))) : "";
                System.out.printf(Locale.ROOT, "| %s | %,d | %d | %.2f | %.2f | %.2f | %s |%n", step, e.getKey(),
                        l.count(), l.medianMillis(), l.p99Millis(), l.maxMillis(), ratio);
            }
        }
        System.out.println("machine after: " + MachineLoad.describe());
    }

    private static Map<String, Latencies> measure(int size, int rounds) throws Exception {
        Path dir = Files.createTempDirectory("sitegate-outbox-bench");
        Instant now = Fixtures.SEVEN_AM;
        TestClock clock = new TestClock(now);
        Map<String, Latencies> steps = new LinkedHashMap<>();
        for (String name : new String[] {"floor: empty read", "floor: empty committed write",
            "register one (committed)", "due(200)", "markSent(200)", "record(200 accepted, 1 remark each)",
            "summary (counts + oldest waiting)", "before: summary as a GROUP BY scan", "nextDueAt",
            "delivery(one record)", "acknowledge + resend (one record)"}) {
            steps.put(name, new Latencies(name));
        }
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            long t0 = System.nanoTime();
            BulkFill.fill(store, size - WAITING, WAITING, Fixtures.DAY, now);
            System.out.printf(Locale.ROOT, "filled %,d records in %.1f s; counts %s%n", size,
                    (System.nanoTime() - t0) / 1e9, store.outbox().counts());
            plans(store);
            OutboxStore outbox = store.outbox();
            int worker = 0;
            for (int round = -5; round < rounds; round++) {
                boolean counted = round >= 0;
                List<OutboxItem> due = timed(steps, "due(200)", counted, () -> outbox.due(BATCH));
                List<ClientReference> refs = due.stream().map(OutboxItem::reference).toList();
                if (refs.size() != BATCH) {
                    throw new IllegalStateException("only " + refs.size() + " due");
                }
                timed(steps, "markSent(200)", counted, () -> {
                    outbox.markSent(refs, Duration.ofMinutes(2));
                    return null;
                });
                List<DeliveryOutcome> outcomes = new ArrayList<>();
                for (int i = 0; i < refs.size(); i++) {
                    outcomes.add(new DeliveryOutcome.Accepted(refs.get(i), String.valueOf(200_000_000_000L + i),
                            List.of(ServiceRemark.remark("NISS IS NOT KNOW IN THE NATIONAL REGISTER"))));
                }
                // One refused record among them, to acknowledge and resend below.
                outcomes.set(0, new DeliveryOutcome.Rejected(refs.get(0), List.of(ServiceRemark.error("X", "refused"))));
                timed(steps, "record(200 accepted, 1 remark each)", counted, () -> {
                    outbox.record(outcomes);
                    return null;
                });
                timed(steps, "summary (counts + oldest waiting)", counted, outbox::summary);
                timed(steps, "before: summary as a GROUP BY scan", counted, () -> CountedByScan.of(store));
                timed(steps, "nextDueAt", counted, outbox::nextDueAt);
                timed(steps, "delivery(one record)", counted, () -> outbox.delivery(refs.get(BATCH / 2)));
                timed(steps, "acknowledge + resend (one record)", counted, () -> {
                    outbox.acknowledge(refs.get(0));
                    return outbox.resend(refs.get(0), java.util.Optional.empty());
                });
                int w = worker++;
                timed(steps, "register one (committed)", counted, () -> store.registrations().register(
                        Fixtures.registration(Fixtures.worker(w), Fixtures.OTHER_SITE, Fixtures.DAY)));
                timed(steps, "floor: empty read", counted, () -> store.database().read(c -> null));
                timed(steps, "floor: empty committed write", counted, () -> store.database().write(c -> {
                    try (PreparedStatement ps = c.prepareStatement("UPDATE pin SET failures = failures WHERE id = 1")) {
                        return ps.executeUpdate();
                    }
                }));
            }
            OutboxCounts kept = outbox.counts();
            OutboxCounts scanned = CountedByScan.of(store);
            if (!kept.equals(scanned)) {
                throw new IllegalStateException("kept counts " + kept + " differ from a scan " + scanned);
            }
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return steps;
    }

    private static <T> T timed(Map<String, Latencies> steps, String name, boolean counted,
            java.util.function.Supplier<T> step) {
        long t0 = System.nanoTime();
        T result = step.get();
        if (counted) {
            steps.get(name).add(System.nanoTime() - t0);
        }
        return result;
    }

    private static void plans(KioskStore store) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("due", "SELECT o.client_reference, o.kind FROM outbox o INDEXED BY outbox_waiting WHERE"
                + " o.status IN ('PENDING', 'SENT') AND o.next_attempt_at <= 0 ORDER BY o.created_at, o.rowid LIMIT 200");
        queries.put("oldest waiting", "SELECT created_at FROM outbox INDEXED BY outbox_waiting"
                + " WHERE status IN ('PENDING', 'SENT') ORDER BY created_at LIMIT 1");
        queries.put("nextDueAt", "SELECT min(v) FROM (SELECT min(next_attempt_at) AS v FROM outbox WHERE status ="
                + " 'PENDING' UNION ALL SELECT min(next_attempt_at) FROM outbox WHERE status = 'SENT')");
        queries.put("counts", "SELECT status, needs_attention, n FROM outbox_count");
        store.database().read(c -> {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                List<String> plan = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + q.getValue());
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        plan.add(rs.getString(4));
                    }
                }
                System.out.println("plan of " + q.getKey() + ": " + String.join("; ", plan));
            }
            return null;
        });
    }
}
