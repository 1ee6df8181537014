package be.sitegate.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A registration the service cancelled at the site manager's request: it stays on the kiosk with
 * its receipt, for the record, but the person no longer counts as registered or on site.
 *
 * @param reason one of the service's four cancellation reasons (HOLIDAY, DISEASE, PLANNING, C32A)
 */
public record Withdrawal(Instant at, String reason) {
    public Withdrawal {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}
