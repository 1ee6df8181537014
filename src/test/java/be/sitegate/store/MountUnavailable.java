package be.sitegate.store;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test does on a machine that will not let it mount the file system it needs. Elsewhere it
 * is skipped and says why on standard output, so a developer without root stays green and sees
 * what did not run; on CI ({@code CI=true}, as {@code .ci/run} sets it) it fails, because there a
 * skipped storage fault would pass the build without proving anything.
 */
public final class MountUnavailable {

    private MountUnavailable() {
    }

    /** Does nothing when {@code failure} is null (the mount worked); else skips or fails with it. */
    public static void skipOrFail(String what, String failure) {
        if (failure == null) {
            return;
        }
        String reason = "this machine does not let the test mount " + what + " (needs root with CAP_SYS_ADMIN): "
                + failure;
        if ("true".equals(System.getenv("CI"))) {
            Assertions.fail("CI=true, so a storage fault test may not be skipped: " + reason);
        }
        System.out.println("skipped: " + reason);
        Assumptions.abort("skipped: " + reason);
    }
}
