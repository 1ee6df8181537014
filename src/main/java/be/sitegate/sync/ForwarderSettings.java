package be.sitegate.sync;

import be.sitegate.central.CentralClient;
import java.time.Duration;
import java.util.Objects;

/**
 * How the outbox forwarder paces itself. There is no limit on attempts: a record waits for as long
 * as the service cannot be reached or refuses calls, and the backoff bounds how often it asks.
 *
 * @param batchSize items per call, at most the service's 200
 * @param lease how long a SENT item is left alone before it is due again (longer than a call can take)
 * @param pollInterval how often to look for due items when nobody wakes the forwarder
 * @param backoff the waits between attempts while the service fails
 * @param notAcceptedRetry how often to try again while the service does not accept this kiosk's
 *        technical user (a certificate problem someone has to fix; "send now" tries at once)
 */
public record ForwarderSettings(int batchSize, Duration lease, Duration pollInterval, Backoff backoff,
        Duration notAcceptedRetry) {

    public ForwarderSettings {
        if (batchSize < 1 || batchSize > CentralClient.MAX_ITEMS_PER_CALL) {
            throw new IllegalArgumentException("batchSize is 1-" + CentralClient.MAX_ITEMS_PER_CALL);
        }
        Objects.requireNonNull(lease, "lease");
        Objects.requireNonNull(pollInterval, "pollInterval");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(notAcceptedRetry, "notAcceptedRetry");
    }

    /** 200 per call, 2-minute lease, a look every 30 s, standard backoff, 15 minutes while not accepted. */
    public static ForwarderSettings defaults() {
        return new ForwarderSettings(CentralClient.MAX_ITEMS_PER_CALL, Duration.ofMinutes(2), Duration.ofSeconds(30),
                Backoff.standard(), Duration.ofMinutes(15));
    }

    public ForwarderSettings withLease(Duration d) {
        return new ForwarderSettings(batchSize, d, pollInterval, backoff, notAcceptedRetry);
    }

    public ForwarderSettings withPollInterval(Duration d) {
        return new ForwarderSettings(batchSize, lease, d, backoff, notAcceptedRetry);
    }

    public ForwarderSettings withBackoff(Backoff b) {
        return new ForwarderSettings(batchSize, lease, pollInterval, b, notAcceptedRetry);
    }

    public ForwarderSettings withNotAcceptedRetry(Duration d) {
        return new ForwarderSettings(batchSize, lease, pollInterval, backoff, d);
    }

    /**
     * The wait after a failure: the backoff's, or longer when the service asked for longer in
     * {@code Retry-After}, but never longer than the backoff's cap: a service that says "come back in
     * an hour" and returns after ten minutes must not leave the queue waiting for the hour.
     */
    Duration waitAfter(int failures, java.util.Optional<Duration> retryAfter) {
        Duration wait = backoff.delay(failures);
        if (retryAfter.isEmpty()) {
            return wait;
        }
        Duration asked = retryAfter.get().compareTo(backoff.cap()) > 0 ? backoff.cap() : retryAfter.get();
        return asked.compareTo(wait) > 0 ? asked : wait;
    }
}
