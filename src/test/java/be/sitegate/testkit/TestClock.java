package be.sitegate.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The one clock tests move by hand, for the kiosk, its client and the simulator alike: a zone view
 * of it ({@link #withZone}) moves with it.
 */
public final class TestClock extends Clock {

    private final Source source;
    private final ZoneId zone;

    /** Shared by a clock and its zone views, so moving one moves them all. */
    private static final class Source {
        private volatile Instant now;

        Source(Instant now) {
            this.now = now;
        }
    }

    public TestClock(Instant start) {
        this(new Source(start), ZoneOffset.UTC);
    }

    private TestClock(Source source, ZoneId zone) {
        this.source = source;
        this.zone = zone;
    }

    /** {@code 2026-11-23 07:12} in Brussels, a Monday morning. */
    public static TestClock mondayMorning() {
        return new TestClock(ZonedDateTime.of(2026, 11, 23, 7, 12, 0, 0, ZoneId.of("Europe/Brussels")).toInstant());
    }

    public void advance(Duration d) {
        source.now = source.now.plus(d);
    }

    public void set(Instant instant) {
        source.now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new TestClock(source, newZone);
    }

    @Override
    public Instant instant() {
        return source.now;
    }
}
