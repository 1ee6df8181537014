package be.sitegate.ops;

import java.util.List;

/** Runs checks one after the other (the slow ones have their own deadlines) and collects a report. */
public final class Doctor {

    private final List<Check> checks;

    public Doctor(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public DoctorReport run() {
        return new DoctorReport(checks.stream().map(Check::safely).toList());
    }
}
