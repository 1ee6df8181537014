package be.sitegate.sync;

import java.time.Duration;
import java.util.Objects;
import java.util.function.DoubleSupplier;

/**
 * Exponential backoff with "equal jitter": after the n-th consecutive failure wait between half and
 * all of {@code min(cap, base * 2^(n-1))}. The random half spreads many kiosks coming back after an
 * outage over time instead of letting them hit the service in step; the fixed half bounds how often
 * one kiosk asks during a long outage (at most one call per half cap, whatever the random draws).
 */
public final class Backoff {

    private final Duration base;
    private final Duration cap;
    private final DoubleSupplier random;

    /** @param random values in [0, 1); injectable so tests are deterministic */
    public Backoff(Duration base, Duration cap, DoubleSupplier random) {
        this.base = Objects.requireNonNull(base, "base");
        this.cap = Objects.requireNonNull(cap, "cap");
        this.random = Objects.requireNonNull(random, "random");
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("0 < base <= cap");
        }
    }

    /** 1 s doubling up to 5 minutes, with a thread-safe random source. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5),
                () -> java.util.concurrent.ThreadLocalRandom.current().nextDouble());
    }

    /** The upper bound of the wait after {@code failures} consecutive failures (1 or more). */
    public Duration ceiling(int failures) {
        int doublings = Math.min(Math.max(failures, 1) - 1, 40);
        long millis = base.toMillis();
        for (int i = 0; i < doublings && millis < cap.toMillis(); i++) {
            millis *= 2;
        }
        return Duration.ofMillis(Math.min(millis, cap.toMillis()));
    }

    public Duration delay(int failures) {
        long ceiling = ceiling(failures).toMillis();
        return Duration.ofMillis(ceiling / 2 + (long) (random.getAsDouble() * (ceiling - ceiling / 2)));
    }

    public Duration cap() {
        return cap;
    }
}
