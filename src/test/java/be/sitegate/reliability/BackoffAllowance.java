package be.sitegate.reliability;

import be.sitegate.sync.Backoff;
import java.time.Duration;

/**
 * How many calls the forwarder's backoff allows in a stretch of failures: after the k-th failure in
 * a row it waits at least half of {@link Backoff#ceiling(int)} (the "equal jitter" half that no
 * random draw shortens), and a service's {@code Retry-After} only lengthens that. So in a window of
 * {@code d} there fit at most one call at its start plus one per minimum wait that ends inside it.
 */
final class BackoffAllowance {

    private final Backoff backoff;

    BackoffAllowance(Backoff backoff) {
        this.backoff = backoff;
    }

    /** The most calls a run of failures may make in {@code window}, the first at its very start. */
    long callsIn(Duration window) {
        long calls = 1;
        Duration spent = Duration.ZERO;
        for (int failures = 1; ; failures++) {
            spent = spent.plus(shortestWait(failures));
            if (spent.compareTo(window) > 0) {
                return calls;
            }
            calls++;
        }
    }

    /** Calls per minute once the waits have reached the cap: one per half cap at most. */
    double steadyCallsPerMinute() {
        return 60_000.0 / shortestWait(Integer.MAX_VALUE).toMillis();
    }

    /** Failures in a row before the wait reaches the cap: the ramp an outage must outlast. */
    int ramp() {
        int failures = 1;
        while (backoff.ceiling(failures).compareTo(backoff.cap()) < 0) {
            failures++;
        }
        return failures;
    }

    private Duration shortestWait(int failures) {
        return Duration.ofMillis(backoff.ceiling(failures).toMillis() / 2);
    }
}
