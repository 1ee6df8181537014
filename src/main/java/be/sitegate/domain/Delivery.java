package be.sitegate.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox state of one record: how far it got towards the central service.
 *
 * @param receiptNumber the central registration id once ACCEPTED
 * @param remarks the service's remarks (also on accepted items validated with remarks)
 * @param lastError the last transport or server error, for DEAD items and diagnostics
 */
public record Delivery(
        DeliveryStatus status,
        int attempts,
        Optional<String> receiptNumber,
        List<String> remarks,
        Optional<String> lastError,
        Instant updatedAt) {

    public Delivery {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        remarks = List.copyOf(remarks);
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Delivery pending(Instant now) {
        return new Delivery(DeliveryStatus.PENDING, 0, Optional.empty(), List.of(), Optional.empty(), now);
    }
}
