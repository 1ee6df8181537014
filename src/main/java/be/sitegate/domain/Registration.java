package be.sitegate.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A Checkinatwork presence: this person works on this workplace on this day, for this employer. The
 * employer is required with a national number and absent with a Limosa number (the declaration names
 * the employer).
 */
public record Registration(
        ClientReference reference,
        WorkplaceId workplace,
        WorkerId worker,
        Optional<EnterpriseNumber> employer,
        LocalDate date,
        Instant registeredAt,
        IdentificationMethod method,
        Optional<String> displayName,
        Delivery delivery) {

    public Registration {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(registeredAt, "registeredAt");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(delivery, "delivery");
        if (worker instanceof WorkerId.National && employer.isEmpty()) {
            throw new IllegalArgumentException("a registration by national number needs the employer");
        }
    }

    public Registration withDelivery(Delivery newDelivery) {
        return new Registration(reference, workplace, worker, employer, date, registeredAt, method,
                displayName, newDelivery);
    }
}
