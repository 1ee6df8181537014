package be.sitegate.ui.admin;

import be.sitegate.kiosk.ReportPeriod;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The periods an inspector usually asks for, one tap each; the steppers adjust from there. */
public enum PeriodPreset {
    TODAY,
    YESTERDAY,
    /** Monday to today: a Belgian week starts on Monday. */
    THIS_WEEK,
    /** Today and the six days before it. */
    LAST_7_DAYS,
    /** The first of the month to today. */
    THIS_MONTH;

    public ReportPeriod on(LocalDate today) {
        return switch (this) {
            case TODAY -> ReportPeriod.day(today);
            case YESTERDAY -> ReportPeriod.day(today.minusDays(1));
            case THIS_WEEK -> new ReportPeriod(today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), today);
            case LAST_7_DAYS -> new ReportPeriod(today.minusDays(6), today);
            case THIS_MONTH -> new ReportPeriod(today.withDayOfMonth(1), today);
        };
    }
}
