package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the kiosk knows when a worker registers; the store adds the delivery state. The reference
 * was minted by the kiosk before it came here and is stored as given: it is the one the worker's
 * screen, the store and every send to the central service share.
 */
public record NewRegistration(
        ClientReference reference,
        WorkplaceId workplace,
        WorkerId worker,
        Optional<EnterpriseNumber> employer,
        LocalDate date,
        Instant at,
        IdentificationMethod method,
        Optional<String> displayName) {

    public NewRegistration {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(displayName, "displayName");
    }
}
