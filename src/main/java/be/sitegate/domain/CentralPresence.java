package be.sitegate.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A presence as the central service's search reports it: possibly registered through another
 * channel or another kiosk on the same site.
 */
public record CentralPresence(
        String receiptNumber,
        WorkplaceId workplace,
        WorkerId worker,
        Optional<EnterpriseNumber> employer,
        LocalDate date,
        Optional<Direction> direction,
        Optional<Instant> timestamp,
        String channel,
        Optional<ClientReference> clientReference,
        String status) {

    public CentralPresence {
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(clientReference, "clientReference");
        Objects.requireNonNull(status, "status");
    }
}
