package be.sitegate.kiosk;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days an export for an inspector covers, both ends included: today, or a period the site
 * manager chose on the administration screen. The kiosk's own type, so the screens need not know the
 * export library's.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after the day it starts: " + from + " to " + to);
        }
    }

    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(day, day);
    }

    public boolean isOneDay() {
        return from.equals(to);
    }

    /** How many days, both ends counted. */
    public long days() {
        return to.toEpochDay() - from.toEpochDay() + 1;
    }
}
