package be.sitegate.ops;

import java.util.List;

/** Every check's result, in the order they ran. */
public record DoctorReport(List<CheckResult> results) {

    public DoctorReport {
        results = List.copyOf(results);
    }

    /** The worst verdict of all checks. */
    public Verdict verdict() {
        return results.stream().map(CheckResult::verdict).reduce(Verdict.OK, Verdict::worse);
    }

    /**
     * 0 when nothing failed (warnings are things to plan, such as a certificate to renew next week, not a
     * broken kiosk), 1 when any check failed.
     */
    public int exitCode() {
        return verdict() == Verdict.FAIL ? 1 : 0;
    }
}
