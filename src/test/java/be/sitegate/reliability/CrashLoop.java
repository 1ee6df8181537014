package be.sitegate.reliability;

import be.sitegate.domain.BelgianTime;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CompletableFuture;

/**
 * Issue 18, part 1: the kiosk's process killed with SIGKILL at random moments while it registers a
 * stream of workers against the simulator running as a process of its own, restarted on the same
 * data folder after every kill; then one last run, not killed, until its outbox is empty. Afterwards
 * every registration the kiosk acknowledged must be at the service exactly once and none may wait
 * in the outbox. See docs/reliability/18-1-crash-loop.md.
 *
 * <p>{@code .ci/soak crash [KILLS] [--seed N] [--dir DIR] [--without-replay]} (default 50 kills;
 * {@code --without-replay} starts the simulator as the real service's published interface, which
 * registers a resent reference again and flags it); exits 1 when the promise is broken. The suite runs 5 kills ({@code CrashLoopTest}).
 */
public final class CrashLoop {

    /** Before the call is handled: a send killed in flight has often not reached the service's commit. */
    static final Duration LATENCY = Duration.ofMillis(150);
    /** After the commit, before the answer: the window where the service has it and the kiosk does not know. */
    static final Duration HELD_REPLY = Duration.ofMillis(400);
    /** The random pause after the kiosk is open; a little over three calls, so kills spread over send cycles. */
    static final Duration MAX_PAUSE = Duration.ofMillis(1500);
    private static final Duration READY_DEADLINE = Duration.ofSeconds(90);
    private static final Duration AIM_DEADLINE = Duration.ofSeconds(5);
    private static final Duration DRAIN_DEADLINE = Duration.ofSeconds(90);

    private final int kills;
    private final boolean replay;
    private final Random random;
    private final Path dir;
    private final String classpath;

    /** @param replay whether the simulator replays a resent client reference (its default) */
    CrashLoop(int kills, boolean replay, long seed, Path dir, String classpath) {
        this.kills = kills;
        this.replay = replay;
        this.random = new Random(seed);
        this.dir = dir;
        this.classpath = classpath;
    }

    public static void main(String[] args) throws Exception {
        int kills = 50;
        long seed = 18;
        boolean replay = true;
        Path dir = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--dir" -> dir = Path.of(args[++i]);
                case "--without-replay" -> replay = false;
                default -> kills = Integer.parseInt(args[i]);
            }
        }
        if (dir == null) {
            dir = Files.createTempDirectory("sitegate-crash-loop-");
        }
        System.out.printf("crash loop: %d kills, seed %d, logs and stores in %s%n", kills, seed, dir);
        CrashLoopReport report = new CrashLoop(kills, replay, seed, dir, JavaProcess.testClasspath()).run();
        report.print(System.out);
        System.exit(report.holds() ? 0 : 1);
    }

    CrashLoopReport run() throws InterruptedException {
        long started = System.nanoTime();
        LocalDate firstDay = BelgianTime.today(Clock.systemUTC());
        Path logs = createDirectories(dir.resolve("logs"));
        Map<String, String> acknowledged = new LinkedHashMap<>();
        List<Kill> done = new ArrayList<>();
        KioskFolder kiosk;
        Path simulatorData = createDirectories(dir.resolve("simulator"));
        // The RSA 3072 key takes seconds on a busy machine: it is made while the simulator starts.
        CompletableFuture<KioskFolder.Key> key = CompletableFuture.supplyAsync(
                () -> KioskFolder.createKey(createDirectories(dir.resolve("kiosk"))));
        try (SimulatorProcess simulator = SimulatorProcess.start(classpath, simulatorData, logs.resolve("simulator"),
                replay)) {
            simulator.faults("--latency-ms", Long.toString(LATENCY.toMillis()),
                    "--reply-delay-ms", Long.toString(HELD_REPLY.toMillis()));
            kiosk = KioskFolder.prepare(key.join(), simulator);
            progress("simulator up, kiosk configured", started);
            int next = 0;
            for (int round = 0; round < kills; round++) {
                KilledRun killed = killOneRun(round, next, simulator, kiosk, logs);
                acknowledged.putAll(killed.said().acknowledged());
                done.add(killed.kill());
                next = killed.said().nextIndex();
                progress("kill " + (round + 1) + " of " + kills + " (" + killed.kill().evidence() + ")", started);
            }
            drain(kiosk, logs);
            progress("drained", started);
        }
        LocalDate lastDay = BelgianTime.today(Clock.systemUTC());
        ServiceRecords service = ServiceRecords.read(simulatorData, HeadlessKiosk.WORKPLACE.toString(),
                firstDay.minusDays(1), lastDay.plusDays(1));
        KioskOutbox outbox = KioskOutbox.of(kiosk.store());
        return CrashLoopReport.of(replay, acknowledged, done, service, outbox.statuses(), outbox.attempts(),
                Duration.ofMillis((System.nanoTime() - started) / 1_000_000));
    }

    /** One run of the kiosk from worker {@code first}: started, waited for, killed, and its evidence read. */
    private KilledRun killOneRun(int round, int first, SimulatorProcess simulator, KioskFolder kiosk, Path logs)
            throws InterruptedException {
        Kill.Aim aim = Kill.Aim.values()[round % Kill.Aim.values().length];
        Instant runStarted = Instant.now();
        try (JavaProcess process = JavaProcess.start(classpath, logs.resolve("kiosk-" + round),
                HeadlessKiosk.class.getName(), kiosk.config().toString(), Integer.toString(first))) {
            awaitReady(process, round);
            Thread.sleep(random.nextInt((int) MAX_PAUSE.toMillis() + 1));
            aimAt(aim, process, simulator);
            if (!process.alive()) {
                throw new IllegalStateException("run " + round + " of the kiosk ended by itself before its kill;"
                        + " its log:\n" + tail(process.errLines()));
            }
            Instant at = process.kill();
            KioskRun said = KioskRun.parse(process.outLines(), first);
            KioskOutbox outbox = KioskOutbox.of(kiosk.store());
            boolean committed = said.tapInProgress().flatMap(outbox::referenceOf).isPresent();
            boolean held = simulator.heldRegistrationAnswers().stream()
                    .anyMatch(h -> !at.isBefore(h) && !at.isAfter(h.plus(HELD_REPLY)));
            return new KilledRun(new Kill(round, aim, runStarted, at, said.tapInProgress(), committed,
                    outbox.sentSince(runStarted), held), said);
        }
    }

    /** A kill and what the killed run had said. */
    private record KilledRun(Kill kill, KioskRun said) {
    }

    private static void awaitReady(JavaProcess process, int round) throws InterruptedException {
        if (process.awaitOut(0, "READY"::equals, READY_DEADLINE).isEmpty()) {
            throw new IllegalStateException("run " + round + " of the kiosk did not open within " + READY_DEADLINE
                    + " (alive: " + process.alive() + "); its log:\n" + tail(process.errLines()));
        }
    }

    /** Waits for what the round aims at; if it does not come in time, the kill lands where it lands. */
    private static void aimAt(Kill.Aim aim, JavaProcess process, SimulatorProcess simulator)
            throws InterruptedException {
        switch (aim) {
            case RANDOM -> { }
            case HELD_REPLY -> simulator.awaitHeldRegistration(simulator.logPosition(), AIM_DEADLINE);
            case TAP -> process.awaitOut(process.outLines().size(), line -> line.startsWith("BEGIN "), AIM_DEADLINE);
        }
    }

    /** The kiosk once more, not killed, until its outbox is empty (it exits by itself) or the deadline. */
    private void drain(KioskFolder kiosk, Path logs) throws InterruptedException {
        try (JavaProcess process = JavaProcess.start(classpath, logs.resolve("kiosk-drain"),
                HeadlessKiosk.class.getName(), kiosk.config().toString(), "--drain",
                Long.toString(DRAIN_DEADLINE.toSeconds()))) {
            Optional<Integer> exit = process.awaitExit(DRAIN_DEADLINE.plus(READY_DEADLINE));
            System.out.printf("crash loop: the last run ended %s: %s%n",
                    exit.map(code -> "with exit code " + code).orElse("not at all (killed)"),
                    process.outLines().isEmpty() ? "no output" : process.outLines().get(process.outLines().size() - 1));
        }
    }

    private static void progress(String what, long started) {
        System.out.printf("crash loop: %s after %.1f s%n", what, (System.nanoTime() - started) / 1e9);
    }

    private static String tail(List<String> lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Path createDirectories(Path path) {
        try {
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
