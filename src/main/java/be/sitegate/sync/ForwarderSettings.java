package be.sitegate.sync;

import be.sitegate.central.CentralClient;
import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox forwarder paces itself.
 *
 * @param batchSize items per call, at most the service's 200
 * @param maxAttempts failed attempts after which an item becomes DEAD (visible to site management)
 * @param lease how long a SENT item is left alone before it is due again (longer than a call can take)
 * @param pollInterval how often to look for due items when nobody wakes the forwarder
 * @param backoff the waits between attempts while the service fails
 */
public record ForwarderSettings(int batchSize, int maxAttempts, Duration lease, Duration pollInterval, Backoff backoff) {

    public ForwarderSettings {
        if (batchSize < 1 || batchSize > CentralClient.MAX_ITEMS_PER_CALL) {
            throw new IllegalArgumentException("batchSize is 1-" + CentralClient.MAX_ITEMS_PER_CALL);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts is at least 1");
        }
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(backoff, "backoff");
    }

    /** 200 per call, DEAD after 50 attempts, 2-minute lease, a look every 30 s, standard backoff. */
    public static ForwarderSettings defaults() {
        return new ForwarderSettings(CentralClient.MAX_ITEMS_PER_CALL, 50, Duration.ofMinutes(2), Duration.ofSeconds(30),
                Backoff.standard());
    }

    public ForwarderSettings withMaxAttempts(int n) {
        return new ForwarderSettings(batchSize, n, lease, pollInterval, backoff);
    }

    public ForwarderSettings withLease(Duration d) {
        return new ForwarderSettings(batchSize, maxAttempts, d, pollInterval, backoff);
    }

    public ForwarderSettings withPollInterval(Duration d) {
        return new ForwarderSettings(batchSize, maxAttempts, lease, d, backoff);
    }

    public ForwarderSettings withBackoff(Backoff b) {
        return new ForwarderSettings(batchSize, maxAttempts, lease, pollInterval, b);
    }
}
