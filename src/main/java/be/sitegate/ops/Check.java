package be.sitegate.ops;

/** One thing the doctor looks at. A check never throws: whatever goes wrong is its finding. */
public interface Check {

    String name();

    CheckResult run();

    /** Runs {@code check}, turning an unexpected exception into a failed result that names it. */
    static CheckResult safely(Check check) {
        try {
            return check.run();
        } catch (RuntimeException | LinkageError e) {
            return CheckResult.fail(check.name(), "the check itself failed: " + e,
                    "run 'sitegate doctor' again; if it persists, send 'sitegate logs --since 1h' to support");
        }
    }
}
