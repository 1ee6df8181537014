package be.sitegate.sync;

import be.sitegate.central.CentralException;
import be.sitegate.central.CentralRequestRefusedException;
import be.sitegate.central.CentralUnavailableException;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.domain.ClientReference;
import be.sitegate.store.DeliveryOutcome;
import be.sitegate.store.OutboxItem;
import be.sitegate.store.OutboxStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Forwards the outbox to the central service on one background thread: takes due items in batches
 * of at most 200, marks them SENT (with a lease, so a crash mid-call makes them due again), sends,
 * and stores each item's outcome. While the service fails it backs off exponentially with jitter;
 * an item that keeps failing becomes DEAD. The store is only touched in short transactions before
 * and after the network call, so registrations at the kiosk never wait for the network.
 */
public final class OutboxForwarder implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxForwarder.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(40);

    private final OutboxStore outbox;
    private final PresenceSender sender;
    private final ForwarderSettings settings;
    private final Clock clock;
    private final StatusBoard board = new StatusBoard();
    private final WakeSignal signal = new WakeSignal();
    private final Thread thread;

    private int consecutiveFailures;
    /** Cycles left that send one item at a time, after the service refused a whole batch (a poison item). */
    private int isolating;

    public OutboxForwarder(OutboxStore outbox, PresenceSender sender, ForwarderSettings settings, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
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

    /** Called on the forwarder's thread after each exchange; a UI must hop to its own thread. */
    public void addListener(Consumer<SyncStatus> listener) {
        board.addListener(listener);
    }

    public void removeListener(Consumer<SyncStatus> listener) {
        board.removeListener(listener);
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
                try {
                    pause = cycle();
                } catch (RuntimeException e) {
                    // A store failure or a bug: leave SENT items to their lease and try again later.
                    consecutiveFailures++;
                    Duration wait = settings.backoff().delay(consecutiveFailures);
                    LOG.error("forwarding failed unexpectedly; retrying in {} ms", wait.toMillis(), e);
                    board.failedInternally(clock.instant().plus(wait));
                    pause = new Pause(wait, false);
                }
                await(pause);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("outbox forwarder stopped");
    }

    /** How long to wait before the next cycle, and whether {@link #wake()} may cut it short. */
    private record Pause(Duration duration, boolean wakeable) {
    }

    private Pause cycle() {
        List<OutboxItem> due = outbox.due(isolating > 0 ? 1 : settings.batchSize());
        if (due.isEmpty()) {
            return new Pause(untilNextDue(), true);
        }
        List<PresenceItem> items = sendable(due);
        if (items.isEmpty()) {
            return new Pause(Duration.ZERO, true);
        }
        List<ClientReference> refs = items.stream().map(PresenceItem::clientReference).toList();
        outbox.markSent(refs, settings.lease());
        isolating = Math.max(0, isolating - 1);
        List<ItemResult> results;
        try {
            results = sender.send(items);
        } catch (CentralRequestRefusedException e) {
            return e.httpStatus() == 400 ? refusedAsAWhole(refs, e) : failed(refs, e.reasonCode(), e);
        } catch (CentralException e) {
            return failed(refs, e.reasonCode(), e);
        } catch (RuntimeException e) {
            LOG.error("sending failed unexpectedly", e);
            return failed(refs, "INTERNAL", null);
        }
        List<DeliveryOutcome> outcomes = new ArrayList<>(results.size());
        results.forEach(r -> outcomes.add(DeliveryOutcomes.of(r)));
        outbox.record(outcomes, settings.maxAttempts());
        consecutiveFailures = 0;
        LOG.debug("forwarded {} items", items.size());
        board.succeeded(outbox.counts(), clock.instant());
        return new Pause(Duration.ZERO, true);
    }

    /** The items as the service takes them; a record that cannot be sent is rejected so it never blocks the queue. */
    private List<PresenceItem> sendable(List<OutboxItem> due) {
        List<PresenceItem> items = new ArrayList<>(due.size());
        List<DeliveryOutcome> unsendable = new ArrayList<>();
        for (OutboxItem item : due) {
            try {
                items.add(item instanceof OutboxItem.OfRegistration r ? PresenceItem.of(r.registration())
                        : PresenceItem.of(((OutboxItem.OfEvent) item).event()));
            } catch (RuntimeException e) {
                unsendable.add(new DeliveryOutcome.Rejected(item.reference(), List.of("KIOSK_DATA: " + e.getMessage())));
            }
        }
        if (!unsendable.isEmpty()) {
            LOG.error("{} outbox records cannot be sent; rejected", unsendable.size());
            outbox.record(unsendable, settings.maxAttempts());
        }
        return items;
    }

    /**
     * The service refused the request itself (HTTP 400): one item breaks the contract. Sent alone, such
     * an item is rejected at once; in a batch, the batch is retried one item at a time so the culprit
     * cannot take its 199 neighbours down with it.
     */
    private Pause refusedAsAWhole(List<ClientReference> refs, CentralRequestRefusedException e) {
        if (refs.size() == 1) {
            LOG.error("the service refused an outbox record as malformed ({}); rejected", e.code());
            outbox.record(List.of(new DeliveryOutcome.Rejected(refs.get(0), List.of("REQUEST_REFUSED: " + e.code()))),
                    settings.maxAttempts());
            refreshCounts();
            return new Pause(Duration.ZERO, true);
        }
        LOG.warn("the service refused a batch of {} as a whole ({}); sending one at a time", refs.size(), e.code());
        isolating = refs.size();
        Instant now = clock.instant();
        List<DeliveryOutcome> again = new ArrayList<>(refs.size());
        refs.forEach(r -> again.add(new DeliveryOutcome.Failed(r, e.reasonCode(), now)));
        outbox.record(again, settings.maxAttempts());
        return new Pause(Duration.ZERO, true);
    }

    /** Every item of the batch failed: due again after a jittered, growing wait (DEAD after too many). */
    private Pause failed(List<ClientReference> refs, String reason, CentralException cause) {
        consecutiveFailures++;
        Duration wait = settings.backoff().delay(consecutiveFailures);
        Instant next = clock.instant().plus(wait);
        List<DeliveryOutcome> failed = new ArrayList<>(refs.size());
        refs.forEach(r -> failed.add(new DeliveryOutcome.Failed(r, reason, next)));
        outbox.record(failed, settings.maxAttempts());
        LOG.warn("forwarding {} items failed: {}; failure {} in a row, next try at {}", refs.size(), reason,
                consecutiveFailures, next);
        board.failed(connectionAfter(cause), outbox.counts(), reason, next);
        return new Pause(wait, false);
    }

    /** Unreachable (network, TLS) is OFFLINE; reachable but failing or refusing us is DEGRADED. */
    private static SyncStatus.Connection connectionAfter(CentralException e) {
        if (e instanceof CentralUnavailableException u) {
            return switch (u.reason()) {
                case TIMEOUT, CONNECTION_REFUSED, NETWORK, TLS -> SyncStatus.Connection.OFFLINE;
                case SERVER_ERROR, MALFORMED_ANSWER, OUTAGE -> SyncStatus.Connection.DEGRADED;
            };
        }
        return SyncStatus.Connection.DEGRADED;
    }

    private Duration untilNextDue() {
        Duration poll = settings.pollInterval();
        Optional<Instant> next = outbox.nextDueAt();
        if (next.isEmpty()) {
            return poll;
        }
        Duration until = Duration.between(clock.instant(), next.get());
        if (until.isNegative()) {
            return Duration.ZERO;
        }
        return until.compareTo(poll) < 0 ? until : poll;
    }

    /**
     * Waits out {@code pause}. A wake during a backoff does not cut it short (the service is failing;
     * hammering it helps no one) but refreshes the counts so the status bar shows the new item waiting.
     */
    private void await(Pause pause) throws InterruptedException {
        long deadline = System.nanoTime() + pause.duration().toNanos();
        while (signal.awaitUntil(deadline)) {
            if (pause.wakeable()) {
                return;
            }
            refreshCounts();
        }
    }

    private void refreshCounts() {
        try {
            board.counted(outbox.counts());
        } catch (RuntimeException e) {
            LOG.warn("could not count the outbox", e);
        }
    }
}
