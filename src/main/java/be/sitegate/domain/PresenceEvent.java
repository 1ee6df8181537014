package be.sitegate.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A Check In and Out at Work event: the worker starts, pauses or ends work at this moment. */
public record PresenceEvent(
        ClientReference reference,
        WorkplaceId workplace,
        WorkerId worker,
        Optional<EnterpriseNumber> employer,
        Direction direction,
        Optional<OutReason> outReason,
        Instant at,
        IdentificationMethod method,
        Optional<String> displayName,
        Delivery delivery) {

    public PresenceEvent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outReason, "outReason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(delivery, "delivery");
        if ((direction == Direction.OUT) != outReason.isPresent()) {
            throw new IllegalArgumentException("an OUT event has a reason, an IN event has none");
        }
    }

    public PresenceEvent withDelivery(Delivery newDelivery) {
        return new PresenceEvent(reference, workplace, worker, employer, direction, outReason, at, method,
                displayName, newDelivery);
    }
}
