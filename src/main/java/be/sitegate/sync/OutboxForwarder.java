package be.sitegate.sync;

import be.sitegate.central.CentralException;
import be.sitegate.central.InitialisationRefusedException;
import be.sitegate.store.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards the outbox to the central service on one background thread, one {@link ForwardingCycle}
 * after another, and publishes the {@link SyncStatus}. The store is only touched in short
 * transactions before and after the network call, so registrations at the kiosk never wait for the
 * network.
 */
public final class OutboxForwarder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxForwarder.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(40);
    /**
     * How often the forwarder copies the WAL into the database file: after this many exchanges or
     * this long, whichever comes first. Eight exchanges of a drain leave about 500 pages in the WAL,
     * well under the 1,000 at which SQLite would copy inside whoever commits next (maybe a tap).
     */
    private static final int CHECKPOINT_EXCHANGES = 8;
    private static final long CHECKPOINT_NANOS = Duration.ofSeconds(1).toNanos();

    private final OutboxStore outbox;
    private final StatusBoard board = new StatusBoard();
    private final WakeSignal signal = new WakeSignal();
    private final ForwardingCycle cycle;
    private final Clock clock;
    private final Thread thread;
    /** When the exchange in progress began; null while the loop waits. Read by the watchdog. */
    private volatile Instant busySince;
    /** On the forwarder's thread only. */
    private int exchangesSinceCheckpoint;
    private long lastCheckpoint = System.nanoTime();

    public OutboxForwarder(OutboxStore outbox, PresenceSender sender, ForwarderSettings settings, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
        this.cycle = new ForwardingCycle(outbox, sender, settings, clock, board);
        this.thread = new Thread(this::run, "sitegate-outbox-forwarder");
        this.thread.setDaemon(true);
        this.thread.setUncaughtExceptionHandler((t, e) -> LOG.error("outbox forwarder died; nothing is forwarded", e));
    }

    public void start() {
        thread.start();
    }

    /** Something new was stored: look now instead of at the next poll (unless backing off after a failure). */
    public void wake() {
        signal.wake();
    }

    /**
     * Someone asked to send now (site management, after a correction or when the network is back):
     * everything waiting becomes due and is sent at once, whatever backoff was running.
     */
    public void sendNow() {
        signal.wakeUrgently();
    }

    /**
     * Publishes the outbox's counts now, e.g. after a record was acknowledged, without waiting for
     * the next exchange. Runs on the caller's thread.
     */
    public void refreshStatus() {
        refreshCounts();
    }

    /**
     * Runs another call to the service (the initialisation, the attendance pull) and lets its
     * outcome tell the status bar how the service is, while the forwarder has nothing of its own to
     * go by (see {@link StatusBoard#observed}): an empty outbox must not leave the bar on
     * "connecting" all day. The call's result or exception passes through unchanged.
     */
    public <T> T observing(java.util.function.Supplier<T> call) {
        T result;
        try {
            result = call.get();
        } catch (InitialisationRefusedException e) {
            board.observed(SyncStatus.Connection.ONLINE, Optional.empty(), clock.instant()); // it answered: "no"
            throw e;
        } catch (CentralException e) {
            FailureKind kind = FailureKind.of(e);
            LOG.warn("the central service {}: {}", kind == FailureKind.UNREACHABLE ? "cannot be reached"
                    : "refused a call", e.reasonCode());
            board.observed(kind.connection(), Optional.of(e.reasonCode()), clock.instant());
            throw e;
        }
        board.observed(SyncStatus.Connection.ONLINE, Optional.empty(), clock.instant());
        return result;
    }

    /** Called on the forwarder's thread after each exchange (or on whoever refreshes); a UI must hop to its own. */
    public void addListener(Consumer<SyncStatus> listener) {
        board.addListener(listener);
    }

    public void removeListener(Consumer<SyncStatus> listener) {
        board.removeListener(listener);
    }

    /**
     * Whether the loop still turns: its thread is alive, and it is waiting or has been in the current
     * exchange for at most {@code longest} (an exchange is bounded by the call timeout, so longer
     * means stuck). For the watchdog's heartbeat.
     */
    public boolean responsive(Duration longest) {
        Instant since = busySince;
        return thread.isAlive() && (since == null || !clock.instant().isAfter(since.plus(longest)));
    }

    public SyncStatus status() {
        return board.current();
    }

    /** Stops after the exchange in progress (bounded by the call timeout), then interrupts if need be. */
    @Override
    public void close() {
        signal.close();
        try {
            thread.join(STOP_GRACE.toMillis());
            if (thread.isAlive()) {
                thread.interrupt();
                thread.join(STOP_GRACE.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        LOG.info("outbox forwarder started");
        refreshCounts();
        try {
            while (!signal.isClosed()) {
                Pause pause;
                busySince = clock.instant();
                try {
                    checkpointNowAndThen();
                    pause = cycle.run();
                } catch (RuntimeException e) {
                    // A store failure or a bug: leave SENT items to their lease and try again later.
                    pause = cycle.afterInternalFailure(e);
                } finally {
                    busySince = null;
                }
                if (await(pause) == WakeSignal.Woken.URGENT) {
                    busySince = clock.instant();
                    try {
                        sendNowOnThisThread();
                    } finally {
                        busySince = null;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("outbox forwarder stopped");
    }

    /**
     * Copies the WAL into the database file now and then, from here rather than inside a tap's
     * commit. Just before an exchange: the first write after a complete copy starts the WAL over,
     * which with {@code synchronous=FULL} costs one more fsync, and the exchange's own marking of
     * its batch is then that write, not the next tap's. Not after every exchange: each copy syncs the
     * database file, and while nothing is buffered each tap brings its own exchange, so a copy after
     * every exchange put that restart on nearly every tap.
     */
    private void checkpointNowAndThen() {
        long now = System.nanoTime();
        if (++exchangesSinceCheckpoint >= CHECKPOINT_EXCHANGES || now - lastCheckpoint >= CHECKPOINT_NANOS) {
            outbox.checkpoint();
            exchangesSinceCheckpoint = 0;
            lastCheckpoint = now;
        }
    }

    private void sendNowOnThisThread() {
        try {
            cycle.sendNow();
        } catch (RuntimeException e) {
            LOG.error("send now failed; the queue is sent at its own pace", e);
        }
    }

    /**
     * Waits out {@code pause}. A plain wake during a backoff does not cut it short but refreshes the
     * counts, so the status bar shows the new item waiting.
     */
    private WakeSignal.Woken await(Pause pause) throws InterruptedException {
        long deadline = System.nanoTime() + pause.duration().toNanos();
        while (true) {
            WakeSignal.Woken woken = signal.awaitUntil(deadline);
            if (woken != WakeSignal.Woken.PLAIN || pause.wakeable()) {
                return woken;
            }
            refreshCounts();
        }
    }

    private void refreshCounts() {
        try {
            board.counted(outbox.summary());
        } catch (RuntimeException e) {
            LOG.warn("could not count the outbox", e);
        }
    }
}
