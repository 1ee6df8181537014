package be.sitegate.export;

import java.time.LocalDate;
import java.util.Objects;

/** The days an export covers, both ends included: one day (today, for an inspector) or a chosen period. */
public record ExportPeriod(LocalDate from, LocalDate to) {

    public ExportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("a period ends on or after the day it starts");
        }
    }

    public static ExportPeriod day(LocalDate day) {
        return new ExportPeriod(day, day);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    public boolean isOneDay() {
        return from.equals(to);
    }

    /** {@code 2026-11-23} or {@code 2026-11-01 – 2026-11-23}: ISO dates read the same in every language. */
    public String label() {
        return isOneDay() ? from.toString() : from + " – " + to;
    }

    /** The part of a file name that says which days: {@code 2026-11-23} or {@code 2026-11-01_2026-11-23}. */
    String fileNamePart() {
        return isOneDay() ? from.toString() : from + "_" + to;
    }
}
