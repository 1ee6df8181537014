package be.sitegate.simulator;

import be.sitegate.bench.Latencies;
import be.sitegate.bench.MachineLoad;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The simulator's own throughput, with no kiosk in front of it: one client posts batches of 200
 * Checkinatwork items for one workplace and day over loopback HTTPS, one call after another (as the
 * kiosk's forwarder does), until {@code total} items are registered. Reports items/s per slice of
 * 2,000 (so a slowdown as the simulator's table grows shows), each call's latency, and as the floor
 * the same HTTPS round trip with an authorised call that touches no registration
 * ({@code GET /api/v1/presences/0}, a 404). Run with {@code .ci/bench simulator [total]}. Not a
 * test: no assertion on time.
 */
public final class SimulatorThroughputBenchmark {

    private static final int BATCH = 200;
    private static final int SLICE = 2_000;

    private SimulatorThroughputBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int total = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        System.out.println("machine: " + MachineLoad.describe());
        Path dir = Files.createTempDirectory("sitegate-sim-bench");
        TestClock clock = new TestClock(SimulatorTestSupport.NOW);
        try (SimulatorServer sim = SimulatorTestSupport.start(dir, clock)) {
            SimulatorClient client = new SimulatorClient(sim);
            client.token(SimulatorTestSupport.NOW);
            Latencies floor = new Latencies("floor: authorised GET of an unknown receipt (404)");
            Latencies calls = new Latencies("POST /api/v1/presences, 200 items");
            for (int i = 0; i < 20; i++) { // warm-up of both paths, not counted
                client.get("/api/v1/presences/0");
            }
            for (int i = 0; i < 100; i++) {
                long t0 = System.nanoTime();
                SimulatorClient.Answer a = client.get("/api/v1/presences/0");
                floor.add(System.nanoTime() - t0);
                if (a.status() != 404) {
                    throw new IllegalStateException("floor call answered " + a.status());
                }
            }
            List<String> slices = new ArrayList<>();
            long start = System.nanoTime();
            long sliceStart = start;
            for (int sent = 0; sent < total; sent += BATCH) {
                List<Map<String, Object>> items = new ArrayList<>(BATCH);
                for (int i = sent; i < sent + BATCH; i++) {
                    items.add(SimulatorTestSupport.ciawItem(String.format("bench-%08d", i),
                            Fixtures.worker(i).key().substring(2), SimulatorTestSupport.BUILDER));
                }
                long t0 = System.nanoTime();
                SimulatorClient.Answer a = client.post(PresenceEndpoint.PATH, Map.of("items", items));
                calls.add(System.nanoTime() - t0);
                if (a.status() != 200 || a.json().get("results").size() != BATCH
                        || !a.json().get("results").get(BATCH - 1).get("created").asBoolean()) {
                    throw new IllegalStateException("batch at " + sent + " answered " + a.status() + ": "
                            + a.body().substring(0, Math.min(300, a.body().length())));
                }
                if ((sent + BATCH) % SLICE == 0) {
                    long now = System.nanoTime();
                    slices.add(String.format(Locale.ROOT, "%,d-%,d: %.0f", sent + BATCH - SLICE, sent + BATCH,
                            SLICE / ((now - sliceStart) / 1e9)));
                    sliceStart = now;
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "simulator registered %,d items in %.2f s: %.0f items/s%n", total, seconds,
                    total / seconds);
            System.out.println("items/s per 2,000-item slice: " + String.join(", ", slices));
            System.out.println(Latencies.header());
            System.out.println(calls.row());
            System.out.println(floor.row());
            System.out.printf(Locale.ROOT, "ratio of a call's p99 to the floor's p99: %.1f%n", calls.p99Ratio(floor));
            System.out.println("machine after: " + MachineLoad.describe());
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
