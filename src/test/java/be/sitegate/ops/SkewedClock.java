package be.sitegate.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * This computer's clock as the doctor reads it, set off from the real one by hand: the simulator's
 * HTTP server stamps its answers ({@code Date}) with the real time (the JDK's server does that
 * itself), so a doctor on this clock meets a service whose time differs from its own.
 */
final class SkewedClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    void advance(Duration d) {
        offset = offset.plus(d);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("UTC only");
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
