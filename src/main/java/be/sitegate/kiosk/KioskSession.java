package be.sitegate.kiosk;

import be.sitegate.domain.KioskInitialisation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * The kiosk's current initialisation. It lasts until the end of the working day (default 23:59
 * Europe/Brussels), after which {@link #current()} is empty and the kiosk asks to be initialised again.
 */
public final class KioskSession {

    public static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");
    public static final LocalTime DEFAULT_END_OF_DAY = LocalTime.of(23, 59);

    private final Clock clock;
    private final LocalTime endOfDay;
    private final ZoneId zone;
    private volatile KioskInitialisation current;

    public KioskSession(Clock clock) {
        this(clock, DEFAULT_END_OF_DAY, BELGIUM);
    }

    public KioskSession(Clock clock, LocalTime endOfDay, ZoneId zone) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.endOfDay = Objects.requireNonNull(endOfDay, "endOfDay");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The first end-of-day moment after {@code at}: an initialisation at 23:59:30 lasts until tomorrow's. */
    public Instant expiryFor(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        ZonedDateTime candidate = local.toLocalDate().atTime(endOfDay).atZone(zone);
        if (!candidate.isAfter(local)) {
            candidate = local.toLocalDate().plusDays(1).atTime(endOfDay).atZone(zone);
        }
        return candidate.toInstant();
    }

    public void start(KioskInitialisation initialisation) {
        this.current = Objects.requireNonNull(initialisation, "initialisation");
    }

    /** The initialisation in force now; empty before the first one and once it has expired. */
    public Optional<KioskInitialisation> current() {
        KioskInitialisation now = current;
        if (now != null && !now.isValidAt(clock.instant())) {
            current = null;
            return Optional.empty();
        }
        return Optional.ofNullable(now);
    }

    /** Like {@link #current()}, for callers that cannot work without one. */
    public KioskInitialisation require() {
        return current().orElseThrow(KioskNotInitialisedException::new);
    }

    public void end() {
        current = null;
    }

    /** Today's date where the workplace is: the registration date the central service expects. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return zone;
    }
}
