package be.sitegate.ops;

import java.util.Objects;
import java.util.Optional;

/**
 * One line of the doctor's report: what was checked, how it came out, what was found, and for a
 * problem what to do about it.
 */
public record CheckResult(String name, Verdict verdict, String detail, Optional<String> fix) {

    public CheckResult {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(fix, "fix");
        if (verdict != Verdict.OK && fix.isEmpty()) {
            throw new IllegalArgumentException("a problem comes with its fix: " + name);
        }
    }

    public static CheckResult ok(String name, String detail) {
        return new CheckResult(name, Verdict.OK, detail, Optional.empty());
    }

    public static CheckResult warn(String name, String detail, String fix) {
        return new CheckResult(name, Verdict.WARN, detail, Optional.of(fix));
    }

    public static CheckResult fail(String name, String detail, String fix) {
        return new CheckResult(name, Verdict.FAIL, detail, Optional.of(fix));
    }
}
