package be.sitegate.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The central service's notion of "today" is the date in Belgium, whatever the kiosk's clock zone. */
public final class BelgianTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Brussels");

    private BelgianTime() {
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
