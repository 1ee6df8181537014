package be.sitegate.sync;

import be.sitegate.testkit.Fixtures;
import be.sitegate.central.CentralClient;
import be.sitegate.store.KioskStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Times draining a buffered outbox to a central peer over loopback HTTPS: N registrations stored
 * while offline, then the forwarder started, until every one is ACCEPTED. Run with
 * {@code .ci/bench sync [simulator|stub] [rounds]}; figures go to docs/BENCHMARKS.md. Not a
 * test: no assertion on time.
 */
public final class DrainBenchmark {

    private DrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String peerKind = args.length > 0 ? args[0] : "simulator";
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        System.out.printf("peer=%s cores=%d java=%s%n", peerKind, Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        for (int n : new int[] {1_000, 10_000}) {
            List<String> runs = new ArrayList<>();
            List<Double> rates = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                double rate = drain(peerKind, n);
                rates.add(rate);
                runs.add(String.format("%.0f", rate));
            }
            rates.sort(Double::compare);
            System.out.printf("drain %,d: median %.0f items/s (runs %s)%n", n, rates.get(rates.size() / 2),
                    String.join(", ", runs));
        }
    }

    static CentralPeer open(String kind) throws Exception {
        return switch (kind) {
            case "stub" -> new StubPeer();
            case "simulator" -> new SimulatorPeer();
            default -> throw new IllegalArgumentException("unknown peer " + kind);
        };
    }

    private static double drain(String peerKind, int n) throws Exception {
        Path dir = Files.createTempDirectory("sitegate-drain");
        try (CentralPeer peer = open(peerKind)) {
            Clock clock = peer.kioskClock();
            try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock);
                 CentralClient client = new CentralClient(peer.clientConfig(), peer.clientClock())) {
                Instant at = clock.instant();
                for (int i = 0; i < n; i++) {
                    store.registrations().register(Fixtures.registration(peer.ciawSite(), Fixtures.worker(i),
                            peer.ciawEmployer(), peer.today(), at));
                }
                long[] sendNanos = new long[1];
                PresenceSender timed = items -> {
                    long t0 = System.nanoTime();
                    try {
                        return client.register(items);
                    } finally {
                        sendNanos[0] += System.nanoTime() - t0;
                    }
                };
                OutboxForwarder forwarder = new OutboxForwarder(store.outbox(), timed,
                        ForwarderSettings.defaults().withPollInterval(Duration.ofMillis(50)), clock);
                long start = System.nanoTime();
                forwarder.start();
                while (store.outbox().counts().accepted() < n) {
                    Thread.sleep(5);
                    if (System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
                        throw new IllegalStateException("drain did not finish: " + forwarder.status());
                    }
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                forwarder.close();
                System.out.printf("  %,d items in %.1f s, %.0f%% of it waiting for the central service%n", n, seconds,
                        100 * sendNanos[0] / 1e9 / seconds);
                return n / seconds;
            }
        }
    }
}
