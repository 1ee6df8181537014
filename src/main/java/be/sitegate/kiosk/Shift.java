package be.sitegate.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's Check In and Out at Work day on one workplace, folded from their IN and OUT events.
 *
 * @param firstIn the first IN of the day
 * @param lastOut when they left, while they are out (empty while on site)
 * @param breaks how many times they went OUT and came back IN
 * @param breakTime the time between those OUTs and INs
 * @param onSite the time between each IN and the next OUT, an open IN counted up to now (at most
 *        to midnight)
 */
public record Shift(
        Optional<Instant> firstIn,
        Optional<Instant> lastOut,
        int breaks,
        Duration breakTime,
        Duration onSite,
        Presence presence) {

    /** Where the person is according to their last event. */
    public enum Presence {
        ON_SITE,
        ON_BREAK,
        LEFT
    }

    public Shift {
        Objects.requireNonNull(firstIn, "firstIn");
        Objects.requireNonNull(lastOut, "lastOut");
        Objects.requireNonNull(breakTime, "breakTime");
        Objects.requireNonNull(onSite, "onSite");
        Objects.requireNonNull(presence, "presence");
    }
}
