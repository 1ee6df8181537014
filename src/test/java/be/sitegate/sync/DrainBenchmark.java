package be.sitegate.sync;

import be.sitegate.app.KioskAssembly;
import be.sitegate.bench.Latencies;
import be.sitegate.bench.MachineLoad;
import be.sitegate.config.KioskConfig;
import be.sitegate.demo.DemoEnvironment;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.SyncStatusSource;
import be.sitegate.kiosk.Worker;
import be.sitegate.simulator.CallStats;
import be.sitegate.store.BulkFill;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Issue 17.3, B3: a backlog drained while the site keeps working. The kiosk as {@code kiosk --demo}
 * assembles it ({@link DemoEnvironment} and {@link KioskAssembly}: the embedded simulator over
 * loopback HTTPS, the real forwarder with its production settings, a real SQLite file), with
 * {@code backlog} registrations stored while the kiosk was off; then the kiosk starts, and while
 * it drains them a second thread registers {@code rate} returning workers per second through the
 * kiosk's registration service (identify, the remembered employer, the store), timing each from
 * the worker's identification until it is committed. After the drain the arrivals go on for
 * {@code floorSeconds} with nothing buffered: that is the floor the drain's arrivals compare with.
 *
 * <p>Reports items/s per 2,000-item slice of the drain (read from the forwarder's own status after
 * each batch: no extra query), the arrivals' latencies, and where the drain's time went: inside the
 * simulator's registration endpoint (its checks, its database, its JSON) and everything else (the
 * kiosk's store, its client, TLS and HTTP on both sides). Run with
 * {@code .ci/bench drain [backlog] [rate] [floorSeconds]}. Not a test: no assertion on time.
 */
public final class DrainBenchmark {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final EnterpriseNumber BUILDER = EnterpriseNumber.parse("0566988259");
    private static final int SLICE = 2_000;
    /** Arriving workers are numbered from here, apart from the backlog's. */
    private static final int ARRIVING = 300_000;

    private DrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int backlog = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rate = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int floorSeconds = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
        for (int round = 1; round <= rounds; round++) {
            System.out.printf("round %d of %d%s; machine: %s%n", round, rounds,
                    round == 1 ? " (a cold JVM, as a kiosk that just started)" : " (the same JVM, warm)",
                    MachineLoad.describe());
            round(backlog, rate, floorSeconds);
        }
    }

    private static void round(int backlog, int rate, int floorSeconds) throws Exception {
        Path dir = Files.createTempDirectory("sitegate-drain");
        Clock clock = Clock.systemUTC();
        DemoEnvironment demo = DemoEnvironment.start(KioskConfig.of(Map.of(), Map.of()), dir, clock);
        try {
            LocalDate today = BelgianTime.today(clock);
            long t0 = System.nanoTime();
            int arrivalsPlanned = rate * (600 + floorSeconds);
            try (KioskStore store = KioskStore.open(demo.environment().config().storeFile(), clock)) {
                // As the kiosk stores them (a registration and its outbox row), many to a transaction.
                BulkFill.fill(store, 0, backlog, today, clock.instant());
                // The arriving workers have been here before: the kiosk remembers their employer.
                for (int i = 0; i < arrivalsPlanned; i++) {
                    store.employerChoices().remember(Fixtures.worker(ARRIVING + i), GENT, BUILDER);
                }
            }
            System.out.printf(Locale.ROOT, "stored %,d registrations while offline in %.1f s%n", backlog,
                    (System.nanoTime() - t0) / 1e9);
            run(demo, clock, backlog, rate, floorSeconds);
        } finally {
            demo.simulator().close();
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void run(DemoEnvironment demo, Clock clock, int backlog, int rate, int floorSeconds)
            throws Exception {
        CallStats before = demo.simulator().registerCallStats();
        long start = System.nanoTime();
        // The forwarder starts with the kiosk, and drains while the site manager signs in.
        try (KioskAssembly kiosk = KioskAssembly.start(demo.environment(), clock)) {
            AtomicInteger arrived = new AtomicInteger();
            // (nanoTime, waiting, arrived) after each of the forwarder's exchanges, as the status bar gets them.
            List<long[]> progress = new CopyOnWriteArrayList<>();
            kiosk.syncStatus().subscribe(s -> progress.add(new long[] {System.nanoTime(), s.waiting(), arrived.get()}));
            kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                    DemoEnvironment.SIGN_IN.password().toCharArray(), GENT);

            Latencies duringDrain = new Latencies("arrival -> committed, while draining");
            Latencies floor = new Latencies("floor: arrival -> committed, nothing buffered");
            long period = 1_000_000_000L / rate;
            long next = System.nanoTime();
            long drainedAt = 0;
            CallStats atDrained = null;
            long floorEnd = Long.MAX_VALUE;
            for (int i = 0; System.nanoTime() < floorEnd; i++) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                next += period;
                boolean draining = drainedAt == 0;
                long cpuBefore = THREADS.getCurrentThreadCpuTime();
                long gcBefore = gcMillis();
                long a = System.nanoTime();
                RegistrationStep step = kiosk.registration().identify(new Worker(Fixtures.worker(ARRIVING + i),
                        IdentificationMethod.EID_CARD, Optional.empty()));
                long b = System.nanoTime();
                long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
                long gc = gcMillis() - gcBefore;
                if (!(step instanceof RegistrationStep.Registered)) {
                    throw new IllegalStateException("arrival " + i + ": " + step);
                }
                arrived.incrementAndGet();
                (draining ? duringDrain : floor).add(b - a);
                if (b - a > 20_000_000L) {
                    // Where it went: on this thread's CPU (code), in a collection, or neither (waiting for
                    // the disk's fsync, the write lock, or a core: the machine is shared).
                    System.out.printf(Locale.ROOT, "  slow arrival at +%.2f s: %.1f ms%s; %.1f ms on its CPU, %d ms"
                            + " in collections%n", (a - start) / 1e9, (b - a) / 1e6, draining ? " (draining)" : "",
                            cpu / 1e6, gc);
                }
                if (draining && drained(progress, backlog)) {
                    drainedAt = lastDrainedAt(progress, backlog);
                    atDrained = demo.simulator().registerCallStats();
                    floorEnd = System.nanoTime() + Duration.ofSeconds(floorSeconds).toNanos();
                }
                if (draining && System.nanoTime() - start > Duration.ofMinutes(10).toNanos()) {
                    throw new IllegalStateException("the backlog did not drain in 10 minutes: " + progress.get(
                            progress.size() - 1)[1] + " waiting");
                }
            }
            report(progress, start, drainedAt, backlog, before, atDrained, duringDrain, floor);
        }
    }

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    /** Milliseconds the JVM's collectors have spent so far (a young pause stops the arriving thread too). */
    private static long gcMillis() {
        long total = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }

    /** The backlog counts as drained at the first status with nothing waiting, once the forwarder has counted it. */
    private static boolean drained(List<long[]> progress, int backlog) {
        return lastDrainedAt(progress, backlog) != 0;
    }

    private static long lastDrainedAt(List<long[]> progress, int backlog) {
        for (long[] p : counted(progress)) {
            if (p[1] == 0) {
                return p[0];
            }
        }
        return 0;
    }

    /**
     * The statuses from the forwarder's first count on (before it, the status says 0 waiting, unknown).
     * A copy: the forwarder's thread goes on adding to {@code progress}, and a view of it would fail.
     */
    private static List<long[]> counted(List<long[]> progress) {
        List<long[]> snapshot = new ArrayList<>(progress);
        for (int i = 0; i < snapshot.size(); i++) {
            if (snapshot.get(i)[1] > 0) {
                return snapshot.subList(i, snapshot.size());
            }
        }
        return List.of();
    }

    private static void report(List<long[]> progress, long start, long drainedAt, int backlog, CallStats before,
            CallStats atDrained, Latencies duringDrain, Latencies floor) {
        double seconds = (drainedAt - start) / 1e9;
        long items = atDrained.items() - before.items();
        long calls = atDrained.calls() - before.calls();
        double simulatorSeconds = atDrained.busy().minus(before.busy()).toNanos() / 1e9;
        System.out.printf(Locale.ROOT, "drained %,d buffered + %d arriving registrations (%,d items in %,d calls)"
                + " in %.2f s: %.0f items/s%n", backlog, duringDrain.count(), items, calls, seconds, items / seconds);
        List<String> slices = new ArrayList<>();
        long sliceStart = start;
        int nextMark = SLICE;
        for (long[] p : counted(progress)) {
            long drained = p[2] + backlog - p[1];
            if (drained < nextMark) {
                continue;
            }
            slices.add(String.format(Locale.ROOT, "%,d-%,d: %.0f", nextMark - SLICE, nextMark,
                    SLICE / ((p[0] - sliceStart) / 1e9)));
            sliceStart = p[0];
            nextMark += SLICE;
            if (nextMark > backlog) {
                break;
            }
        }
        System.out.println("items/s per 2,000-item slice: " + String.join(", ", slices));
        System.out.printf(Locale.ROOT, "time split: %.2f s (%.0f %%) inside the simulator's registration endpoint,"
                + " %.2f s (%.0f %%) elsewhere (the kiosk's store and forwarder, its client, TLS and HTTP)%n",
                simulatorSeconds, 100 * simulatorSeconds / seconds, seconds - simulatorSeconds,
                100 * (seconds - simulatorSeconds) / seconds);
        System.out.println(Latencies.header());
        System.out.println(duringDrain.row());
        System.out.println(floor.row());
        System.out.printf(Locale.ROOT, "ratio of the arrivals' p99 while draining to the floor's p99: %.2f%n",
                duringDrain.p99Ratio(floor));
        System.out.println("machine after: " + MachineLoad.describe());
    }
}
