package be.sitegate.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of the foreman's attendance list for a workplace and day: who, for whom, since when,
 * where they are now (Check In and Out at Work), and whether the central service confirmed it.
 *
 * @param otherChannel true when the central service knows this presence but this kiosk did not record it
 */
public record AttendanceEntry(
        WorkerId worker,
        Optional<String> displayName,
        Optional<EnterpriseNumber> employer,
        Instant firstSeen,
        Instant lastSeen,
        Optional<Direction> lastDirection,
        Optional<OutReason> lastOutReason,
        DeliveryStatus status,
        Optional<String> receiptNumber,
        boolean otherChannel) {

    public AttendanceEntry {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(lastDirection, "lastDirection");
        Objects.requireNonNull(lastOutReason, "lastOutReason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
    }

    /** On site now: registered (CIAW) or last event IN (CIAOW). */
    public boolean presentNow() {
        return lastDirection.map(d -> d == Direction.IN).orElse(true);
    }
}
