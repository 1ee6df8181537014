package be.sitegate.simulator;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** "Today" as the central service means it: the date in Belgium, whatever the server's zone. */
final class Today {

    static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    private Today() {
    }

    static LocalDate in(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), BRUSSELS);
    }
}
