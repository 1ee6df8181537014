package be.sitegate.central;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registration as the central service holds it. {@code presenceRegistrationId} is the receipt
 * number that puts it in order. {@code history} is filled only by {@link CentralClient#get}.
 */
public record CentralRegistration(
        String presenceRegistrationId,
        Optional<ClientReference> clientReference,
        WorkplaceId workplace,
        LocalDate registrationDate,
        WorkerId worker,
        Optional<EnterpriseNumber> company,
        Optional<Direction> direction,
        Optional<Instant> timestamp,
        Instant creationDate,
        String channel,
        String sender,
        int sector,
        RegistrationStatus status,
        List<String> remarks,
        List<HistoryEntry> history) {

    public CentralRegistration {
        Objects.requireNonNull(presenceRegistrationId, "presenceRegistrationId");
        Objects.requireNonNull(clientReference, "clientReference");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(registrationDate, "registrationDate");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(creationDate, "creationDate");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(status, "status");
        remarks = List.copyOf(remarks);
        history = List.copyOf(history);
    }
}
