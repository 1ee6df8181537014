package be.sitegate.sync;

import be.sitegate.store.OutboxCounts;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the kiosk's status bar shows about forwarding: can we reach the service, how much waits and
 * since when, what needs someone's attention, and when the next try is. Published by the forwarder
 * after every exchange.
 *
 * @param waitingSince when the oldest record still waiting was stored
 * @param failingSince when the current run of failures began; empty while things go well
 * @param lastErrorReason the reason code of the last failure (e.g. {@code TIMEOUT}, {@code SERVER_ERROR (HTTP 500)})
 * @param nextRetry when the forwarder tries again after a failure; empty while things go well
 */
public record SyncStatus(
        Connection connection,
        OutboxCounts counts,
        Optional<Instant> waitingSince,
        Optional<Instant> lastSuccess,
        Optional<Instant> failingSince,
        Optional<String> lastErrorReason,
        Optional<Instant> nextRetry) {

    public enum Connection {
        /** Nothing exchanged yet since the kiosk started. */
        UNKNOWN,
        /** The last exchange succeeded. */
        ONLINE,
        /** The service could not be reached (no network, timeout, connection refused or lost, untrusted TLS). */
        OFFLINE,
        /** The service answered, with errors (5xx, outage, 429, malformed answers): it is refusing for now. */
        REFUSING,
        /**
         * The service does not accept this kiosk (its technical user's certificate is expired, revoked
         * or unknown): sending has stopped until someone fixes it; every record is kept.
         */
        NOT_ACCEPTED
    }

    public SyncStatus {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(waitingSince, "waitingSince");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(failingSince, "failingSince");
        Objects.requireNonNull(lastErrorReason, "lastErrorReason");
        Objects.requireNonNull(nextRetry, "nextRetry");
    }

    public static SyncStatus initial() {
        return new SyncStatus(Connection.UNKNOWN, OutboxCounts.NONE, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Stored on the kiosk, not yet confirmed (pending or sent). */
    public int waiting() {
        return counts.waiting();
    }
}
