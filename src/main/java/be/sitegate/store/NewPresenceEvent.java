package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A Check In and Out at Work tap as the kiosk knows it, before the store gives it a delivery state.
 * The reference was minted by the kiosk and is stored as given, like {@link NewRegistration}'s.
 */
public record NewPresenceEvent(
        ClientReference reference,
        WorkplaceId workplace,
        WorkerId worker,
        Optional<EnterpriseNumber> employer,
        Direction direction,
        Optional<OutReason> outReason,
        Instant at,
        IdentificationMethod method,
        Optional<String> displayName) {

    public NewPresenceEvent {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(outReason, "outReason");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(displayName, "displayName");
    }
}
