package be.sitegate.kiosk;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The working days before today that "who is missing" looks back on: Monday to Friday. Public
 * holidays are not known to the kiosk, so a holiday counts as a day on which nobody came, which
 * only makes the look-back shorter that week.
 */
public final class RecentWorkingDays {

    /** A working week: long enough for people who come on some days only, short enough to stay relevant. */
    public static final int LOOK_BACK = 5;

    private RecentWorkingDays() {
    }

    /** The {@code count} working days before {@code today}, most recent first. */
    public static List<LocalDate> before(LocalDate today, int count) {
        List<LocalDate> days = new ArrayList<>(count);
        for (LocalDate d = today.minusDays(1); days.size() < count; d = d.minusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d);
            }
        }
        return days;
    }

    public static List<LocalDate> before(LocalDate today) {
        return before(today, LOOK_BACK);
    }
}
