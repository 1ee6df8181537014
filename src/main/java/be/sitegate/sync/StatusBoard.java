package be.sitegate.sync;

import be.sitegate.store.OutboxCounts;
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

    void succeeded(OutboxCounts c, Instant at) {
        SyncStatus s = current;
        publish(new SyncStatus(SyncStatus.Connection.ONLINE, c.waiting(), c.accepted(), c.rejected(), c.dead(),
                Optional.of(at), s.lastErrorReason(), Optional.empty()));
    }

    void failed(SyncStatus.Connection connection, OutboxCounts c, String reason, Instant nextRetry) {
        SyncStatus s = current;
        publish(new SyncStatus(connection, c.waiting(), c.accepted(), c.rejected(), c.dead(), s.lastSuccess(),
                Optional.of(reason), Optional.of(nextRetry)));
    }

    /** The kiosk side failed (store or bug): the connection state is unchanged, the counts may be unknown. */
    void failedInternally(Instant nextRetry) {
        SyncStatus s = current;
        publish(new SyncStatus(s.connection(), s.waiting(), s.accepted(), s.rejected(), s.dead(), s.lastSuccess(),
                Optional.of("INTERNAL"), Optional.of(nextRetry)));
    }

    void counted(OutboxCounts c) {
        SyncStatus s = current;
        publish(new SyncStatus(s.connection(), c.waiting(), c.accepted(), c.rejected(), c.dead(), s.lastSuccess(),
                s.lastErrorReason(), s.nextRetry()));
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
