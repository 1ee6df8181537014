package be.sitegate.app;

import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.ErrorHistory;
import be.sitegate.kiosk.ErrorHistory.Source;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.SyncStatusSource;
import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Fills the {@link ErrorHistory} from what the kiosk's parts report: the forwarder's failures, the
 * store's, the card reader's. Each trouble is one entry when it begins (or changes its reason), not
 * one per retry: a night offline is "no connection since 02:10", not four hundred timeouts.
 */
final class ErrorHistoryFeed implements AutoCloseable {

    private final ErrorHistory history;
    private final List<Subscription> subscriptions = new ArrayList<>();
    /** The delivery trouble last recorded, as (reason, since when): a retry with the same pair is not new. */
    private Optional<String> deliveryRecorded = Optional.empty();
    private Optional<Instant> deliverySince = Optional.empty();
    private boolean certificateRecorded;
    private ReaderStatus reader;

    ErrorHistoryFeed(ErrorHistory history) {
        this.history = Objects.requireNonNull(history, "history");
    }

    /** Follows the three until {@link #close()}. */
    ErrorHistoryFeed follow(SyncStatusSource sync, StorageHealth storage, CardEvents card) {
        subscriptions.add(sync.subscribe(this::onSync));
        subscriptions.add(storage.subscribe(this::onStorage));
        subscriptions.add(card.subscribe(new CardEvents.Listener() {
            @Override
            public void readerStatus(ReaderStatus status) {
                onReader(status);
            }
        }));
        return this;
    }

    synchronized void onSync(SyncStatus status) {
        if (status.online()) {
            deliveryRecorded = Optional.empty();
            deliverySince = Optional.empty();
            certificateRecorded = false;
            return;
        }
        if (status.connection() == Connection.NOT_ACCEPTED) {
            if (!certificateRecorded) {
                certificateRecorded = true;
                history.record(Source.CERTIFICATE, status.lastError().orElse("CLIENT_REFUSED"));
            }
            return;
        }
        certificateRecorded = false;
        String reason = status.lastError().orElse(status.connection().name());
        if (!deliveryRecorded.equals(Optional.of(reason)) || !deliverySince.equals(status.failingSince())) {
            deliveryRecorded = Optional.of(reason);
            deliverySince = status.failingSince();
            history.record(Source.DELIVERY, reason);
        }
    }

    void onStorage(StorageHealth.State state) {
        // The health tells changes only: a failure that begins, or one whose reason changes.
        if (state instanceof StorageHealth.Failing failing) {
            history.record(Source.STORAGE, failing.reason().name());
        }
    }

    synchronized void onReader(ReaderStatus status) {
        ReaderStatus before = reader;
        reader = status;
        if (status == before || status == ReaderStatus.READY) {
            return;
        }
        // Before any reader was seen, "no reader" is the start-up state, not an error; a missing PC/SC service always is.
        if (before != null || status == ReaderStatus.NO_SERVICE) {
            history.record(Source.CARD_READER, status.name());
        }
    }

    @Override
    public void close() {
        subscriptions.forEach(Subscription::cancel);
        subscriptions.clear();
    }
}
