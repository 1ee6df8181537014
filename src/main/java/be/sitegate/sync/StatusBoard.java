package be.sitegate.sync;

import be.sitegate.store.OutboxSummary;
import be.sitegate.sync.SyncStatus.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The latest {@link SyncStatus} and the listeners it is published to. */
final class StatusBoard {

    private static final Logger LOG = LoggerFactory.getLogger(StatusBoard.class);

    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus current = SyncStatus.initial();

    SyncStatus current() {
        return current;
    }

    void addListener(Consumer<SyncStatus> listener) {
        listeners.add(listener);
    }

    void removeListener(Consumer<SyncStatus> listener) {
        listeners.remove(listener);
    }

    void succeeded(OutboxSummary q, Instant at) {
        publish(new SyncStatus(Connection.ONLINE, q.counts(), q.waitingSince(), Optional.of(at), Optional.empty(),
                Optional.empty(), Optional.empty()));
    }

    /** An exchange failed as a whole: {@code connection} says whether the service was reached at all. */
    void failed(Connection connection, OutboxSummary q, String reason, Instant now, Instant nextRetry) {
        SyncStatus s = current;
        publish(new SyncStatus(connection, q.counts(), q.waitingSince(), s.lastSuccess(), failingSince(s, now),
                Optional.of(reason), Optional.of(nextRetry)));
    }

    /** The kiosk side failed (store or bug): the connection state is unchanged, the counts may be unknown. */
    void failedInternally(Instant now, Instant nextRetry) {
        SyncStatus s = current;
        publish(new SyncStatus(s.connection(), s.counts(), s.waitingSince(), s.lastSuccess(), failingSince(s, now),
                Optional.of("INTERNAL"), Optional.of(nextRetry)));
    }

    void counted(OutboxSummary q) {
        SyncStatus s = current;
        publish(new SyncStatus(s.connection(), q.counts(), q.waitingSince(), s.lastSuccess(), s.failingSince(),
                s.lastErrorReason(), s.nextRetry()));
    }

    /**
     * Another call than the forwarder's (the morning initialisation, the attendance pull) met the
     * service. It says how the way to the service is only while the forwarder has nothing of its
     * own to judge by: before its first exchange, or while nothing waits to be sent. Otherwise the
     * forwarder's own exchanges, with their backoff, stay the truth.
     */
    void observed(Connection connection, Optional<String> reason, Instant now) {
        SyncStatus s = current;
        if (s.connection() != Connection.UNKNOWN && s.waiting() > 0) {
            return;
        }
        if (connection == Connection.ONLINE) {
            publish(new SyncStatus(Connection.ONLINE, s.counts(), s.waitingSince(), Optional.of(now), Optional.empty(),
                    Optional.empty(), Optional.empty()));
        } else {
            publish(new SyncStatus(connection, s.counts(), s.waitingSince(), s.lastSuccess(), failingSince(s, now),
                    reason, s.nextRetry()));
        }
    }

    private static Optional<Instant> failingSince(SyncStatus s, Instant now) {
        return s.failingSince().isPresent() ? s.failingSince() : Optional.of(now);
    }

    private void publish(SyncStatus status) {
        current = status;
        for (Consumer<SyncStatus> l : listeners) {
            try {
                l.accept(status);
            } catch (RuntimeException e) {
                LOG.warn("a sync status listener failed", e);
            }
        }
    }
}
