package be.sitegate.sync;

import be.sitegate.store.OutboxSummary;
import be.sitegate.central.CentralException;
import be.sitegate.central.CentralRequestRefusedException;
import be.sitegate.central.CentralUnavailableException;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.SendingWindow;
import be.sitegate.store.DeliveryOutcome;
import be.sitegate.store.OutboxItem;
import be.sitegate.store.OutboxStore;
import be.sitegate.store.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One exchange of the outbox with the service: take the due items, expire those whose day has
 * passed, mark the rest SENT (with a lease, so a crash mid-call makes them due again), send, and store
 * each item's outcome. A failure of the call as a whole puts every item back to wait with a growing
 * pause (or the service's {@code Retry-After}); it never ends an item's attempts. Not thread-safe:
 * one forwarder thread runs it, or a test drives it on a clock it controls.
 */
final class ForwardingCycle {

    private static final Logger LOG = LoggerFactory.getLogger(ForwardingCycle.class);

    private final OutboxStore outbox;
    private final PresenceSender sender;
    private final ForwarderSettings settings;
    private final Clock clock;
    private final StatusBoard board;

    private int consecutiveFailures;
    /** Cycles left that send one item at a time, after the service refused a whole batch (a poison item). */
    private int isolating;
    private boolean notAccepted;
    /** The store's fault was told already: it goes on until a cycle runs through. */
    private boolean storeFaultTold;

    ForwardingCycle(OutboxStore outbox, PresenceSender sender, ForwarderSettings settings, Clock clock,
            StatusBoard board) {
        this.outbox = outbox;
        this.sender = sender;
        this.settings = settings;
        this.clock = clock;
        this.board = board;
    }

    Pause run() {
        Pause pause = forward();
        storeFaultTold = false;
        return pause;
    }

    private Pause forward() {
        List<OutboxItem> due = outbox.due(isolating > 0 ? 1 : settings.batchSize());
        if (due.isEmpty()) {
            return new Pause(untilNextDue(), true);
        }
        List<PresenceItem> items = sendable(due, BelgianTime.today(clock));
        if (items.isEmpty()) {
            board.counted(outbox.summary());
            return Pause.now();
        }
        List<ClientReference> refs = items.stream().map(PresenceItem::clientReference).toList();
        outbox.markSent(refs, settings.lease());
        isolating = Math.max(0, isolating - 1);
        List<ItemResult> results;
        try {
            results = sender.send(items);
        } catch (CentralException e) {
            return failed(refs, e);
        } catch (RuntimeException e) {
            LOG.error("sending failed unexpectedly; the items wait for the next try", e);
            return backOff(refs, FailureKind.REFUSING, "INTERNAL", Optional.empty());
        }
        LocalDate today = BelgianTime.today(clock);
        List<DeliveryOutcome> outcomes = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            outcomes.add(DeliveryOutcomes.of(results.get(i), items.get(i), today));
        }
        outbox.record(outcomes);
        logRefusals(outcomes);
        if (notAccepted) {
            LOG.info("the central service accepts this kiosk again; sending resumes");
        }
        consecutiveFailures = 0;
        notAccepted = false;
        LOG.debug("forwarded {} items", items.size());
        board.succeeded(outbox.summary(), clock.instant());
        return Pause.now();
    }

    /** After a failure of the kiosk itself (store or bug): wait with backoff, leaving SENT items to their lease. */
    Pause afterInternalFailure(RuntimeException e) {
        consecutiveFailures++;
        Duration wait = settings.backoff().delay(consecutiveFailures);
        Instant now = clock.instant();
        if (e instanceof StoreException store) {
            // A full, read-only or damaged store: the kiosk's storage health tells the site manager and
            // the log at ERROR once; here one line that sending waits for it, not a stack trace a cycle.
            if (!storeFaultTold) {
                LOG.warn("forwarding waits until the store can be used again: {}; retrying in {} ms", store.getMessage(),
                        wait.toMillis());
                storeFaultTold = true;
            } else {
                LOG.debug("forwarding still waits for the store: {}", store.getMessage());
            }
        } else {
            LOG.error("forwarding failed unexpectedly; retrying in {} ms", wait.toMillis(), e);
        }
        board.failedInternally(now, now.plus(wait));
        return new Pause(wait, false);
    }

    /** Someone asked to send now: everything waiting is due at once, and the backoff starts afresh. */
    void sendNow() {
        int due = outbox.makeWaitingDue();
        consecutiveFailures = 0;
        LOG.info("send now: {} waiting records due at once", due);
    }

    /**
     * The items the service can still take. A record whose day has passed is never sent with another
     * date: it is EXPIRED, kept and shown until someone acknowledges it. One the kiosk cannot even put
     * into a request is rejected so it never blocks the queue.
     */
    private List<PresenceItem> sendable(List<OutboxItem> due, LocalDate today) {
        List<PresenceItem> items = new ArrayList<>(due.size());
        List<DeliveryOutcome> settled = new ArrayList<>();
        for (OutboxItem item : due) {
            Optional<String> closed = item instanceof OutboxItem.OfRegistration r
                    ? SendingWindow.closed(r.registration(), today)
                    : SendingWindow.closed(((OutboxItem.OfEvent) item).event(), today);
            if (closed.isPresent()) {
                LOG.error("record {} was not sent in time ({}); kept on the kiosk for the foreman", item.reference(),
                        closed.get());
                settled.add(new DeliveryOutcome.Expired(item.reference(), closed.get()));
                continue;
            }
            try {
                items.add(item instanceof OutboxItem.OfRegistration r ? PresenceItem.of(r.registration())
                        : PresenceItem.of(((OutboxItem.OfEvent) item).event()));
            } catch (RuntimeException e) {
                LOG.error("record {} cannot be put into a request ({}); rejected", item.reference(), e.getMessage());
                settled.add(new DeliveryOutcome.Rejected(item.reference(),
                        List.of(ServiceRemark.error("KIOSK_DATA", String.valueOf(e.getMessage())))));
            }
        }
        if (!settled.isEmpty()) {
            outbox.record(settled);
        }
        return items;
    }

    private Pause failed(List<ClientReference> refs, CentralException e) {
        FailureKind kind = FailureKind.of(e);
        return switch (kind) {
            case MALFORMED_REQUEST -> refusedAsAWhole(refs, (CentralRequestRefusedException) e);
            case NOT_ACCEPTED -> notAccepted(refs, e);
            case UNREACHABLE, REFUSING -> backOff(refs, kind, e.reasonCode(),
                    e instanceof CentralUnavailableException u ? u.retryAfter() : Optional.empty());
        };
    }

    /** Every item of the batch waits again, after a growing wait (or the one the service asked for). */
    private Pause backOff(List<ClientReference> refs, FailureKind kind, String reason, Optional<Duration> retryAfter) {
        consecutiveFailures++;
        Duration wait = settings.waitAfter(consecutiveFailures, retryAfter);
        Instant now = clock.instant();
        Instant next = now.plus(wait);
        putBack(refs, reason, next);
        LOG.warn("forwarding {} items failed: {} ({}); failure {} in a row, next try at {}; every record is kept",
                refs.size(), reason, kind == FailureKind.UNREACHABLE ? "service unreachable" : "service refusing",
                consecutiveFailures, inLog(next));
        board.failed(kind.connection(), outbox.summary(), reason, now, next);
        return new Pause(wait, false);
    }

    /**
     * The service does not accept this kiosk as a client. Retrying will not fix an expired, revoked
     * or unregistered certificate, so sending stops (one quiet try per {@code notAcceptedRetry}, in
     * case the service was wrong) and the log says what to do; every record is kept.
     */
    private Pause notAccepted(List<ClientReference> refs, CentralException e) {
        Duration wait = settings.notAcceptedRetry();
        Instant now = clock.instant();
        Instant next = now.plus(wait);
        putBack(refs, e.reasonCode(), next);
        if (!notAccepted) {
            LOG.error("the central service does not accept this kiosk's technical user ({}: {}); sending has stopped "
                    + "and every registration is kept on the kiosk. Fix: the technical user's certificate is "
                    + "probably expired, revoked or not registered with the service: make a new request with "
                    + "'sitegate csr', have it registered, import it, then restart the kiosk (or press send now). "
                    + "Also check the kiosk's date and time.", e.reasonCode(), e.getMessage());
        } else {
            LOG.warn("the central service still does not accept this kiosk ({}); next try at {}", e.reasonCode(),
                    inLog(next));
        }
        notAccepted = true;
        board.failed(SyncStatus.Connection.NOT_ACCEPTED, outbox.summary(), e.reasonCode(), now, next);
        return new Pause(wait, false);
    }

    /**
     * The service refused the request itself (HTTP 400): one item breaks the contract. Sent alone, such
     * an item is rejected at once; in a batch, the batch is retried one item at a time so the culprit
     * cannot take its 199 neighbours down with it.
     */
    private Pause refusedAsAWhole(List<ClientReference> refs, CentralRequestRefusedException e) {
        if (refs.size() == 1) {
            LOG.error("the service refused record {} as malformed ({}); rejected", refs.get(0), e.code());
            outbox.record(List.of(new DeliveryOutcome.Rejected(refs.get(0),
                    List.of(ServiceRemark.error("REQUEST_REFUSED", e.code())))));
            board.counted(outbox.summary());
            return Pause.now();
        }
        LOG.warn("the service refused a batch of {} as a whole ({}); sending one at a time", refs.size(), e.code());
        isolating = refs.size();
        putBack(refs, e.reasonCode(), clock.instant());
        return Pause.now();
    }

    /**
     * A time for a log line, to the second: with the clock's nanoseconds the seconds and their
     * fraction make 11 digits in a row, which the log's national-number mask hides, and "next try
     * at 07:12:**.**.**-***.83" tells support nothing.
     */
    private static Instant inLog(Instant at) {
        return at.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private void putBack(List<ClientReference> refs, String reason, Instant next) {
        List<DeliveryOutcome> again = new ArrayList<>(refs.size());
        refs.forEach(r -> again.add(new DeliveryOutcome.Failed(r, reason, next)));
        outbox.record(again);
    }

    private static void logRefusals(List<DeliveryOutcome> outcomes) {
        for (DeliveryOutcome o : outcomes) {
            if (o instanceof DeliveryOutcome.Rejected r) {
                LOG.warn("the service refused record {}: {}", r.reference(),
                        r.errors().stream().map(e -> e.code().orElse("?") + " " + e.text()).toList());
            } else if (o instanceof DeliveryOutcome.Expired x) {
                LOG.error("record {} was not sent in time ({}); kept on the kiosk for the foreman", x.reference(),
                        x.reason());
            }
        }
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
}
