package be.sitegate.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the kiosk's status bar shows about forwarding: can we reach the service, how much waits, and
 * when the next try is. Published by the forwarder after every exchange.
 *
 * @param waiting stored on the kiosk, not yet confirmed (pending or sent)
 * @param lastErrorReason the reason code of the last failure (e.g. {@code TIMEOUT}, {@code SERVER_ERROR (HTTP 500)})
 * @param nextRetry when the forwarder tries again after a failure; empty while things go well
 */
public record SyncStatus(
        Connection connection,
        int waiting,
        int accepted,
        int rejected,
        int dead,
        Optional<Instant> lastSuccess,
        Optional<String> lastErrorReason,
        Optional<Instant> nextRetry) {

    public enum Connection {
        /** Nothing exchanged yet since the kiosk started. */
        UNKNOWN,
        /** The last exchange succeeded. */
        ONLINE,
        /** The service answered but failed (5xx, outage, malformed answer, refused authentication). */
        DEGRADED,
        /** The service could not be reached (timeout, connection refused or lost, untrusted TLS). */
        OFFLINE
    }

    public SyncStatus {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(lastSuccess, "lastSuccess");
        Objects.requireNonNull(lastErrorReason, "lastErrorReason");
        Objects.requireNonNull(nextRetry, "nextRetry");
    }

    public static SyncStatus initial() {
        return new SyncStatus(Connection.UNKNOWN, 0, 0, 0, 0, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
