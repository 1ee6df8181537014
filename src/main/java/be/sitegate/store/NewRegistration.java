package be.sitegate.store;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** What the kiosk knows when a worker registers; the store adds the reference and delivery state. */
public record NewRegistration(
        WorkplaceId workplace,
        WorkerId worker,
        Optional<EnterpriseNumber> employer,
        LocalDate date,
        Instant at,
        IdentificationMethod method,
        Optional<String> displayName) {

    public NewRegistration {
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(displayName, "displayName");
    }
}
