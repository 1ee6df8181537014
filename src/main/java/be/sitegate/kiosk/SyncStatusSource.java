package be.sitegate.kiosk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Connection and queue state for the always-visible status bar. Implemented by the outbox forwarder
 * ({@code be.sitegate.sync}); may call on any thread.
 */
public interface SyncStatusSource {

    /** Adds a listener; it is told the current status at once. */
    Subscription subscribe(Consumer<SyncStatus> listener);

    enum Connection {
        /** Nothing exchanged yet since the kiosk started. */
        CONNECTING,
        ONLINE,
        /** The service cannot be reached. */
        OFFLINE,
        /** The service answers, with errors. */
        REFUSING,
        /** The service does not accept this kiosk (its certificate): sending has stopped until someone fixes it. */
        NOT_ACCEPTED
    }

    /**
     * @param waiting records stored but not yet answered for by the central service
     * @param waitingSince when the oldest of them was stored
     * @param toAcknowledge refused or not-sent-in-time records nobody has acknowledged yet
     * @param failingSince when the current trouble with the service began
     * @param lastError a short technical text for site management, never shown to workers
     */
    record SyncStatus(Connection connection, int waiting, Optional<Instant> waitingSince, int toAcknowledge,
            Optional<Instant> failingSince, Optional<String> lastError) {

        public SyncStatus {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(waitingSince, "waitingSince");
            Objects.requireNonNull(failingSince, "failingSince");
            Objects.requireNonNull(lastError, "lastError");
        }

        /** All well, with this many waiting (for fakes and the first moments after start). */
        public static SyncStatus online(int waiting) {
            return new SyncStatus(Connection.ONLINE, waiting, Optional.empty(), 0, Optional.empty(), Optional.empty());
        }

        /** Not known to be failing: nothing to warn about. */
        public boolean online() {
            return connection == Connection.ONLINE || connection == Connection.CONNECTING;
        }
    }
}
