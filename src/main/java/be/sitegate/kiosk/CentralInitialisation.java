package be.sitegate.kiosk;

import be.sitegate.domain.Company;
import be.sitegate.domain.Workplace;
import java.util.Objects;

/** The central service's answer to a successful initialisation. */
public record CentralInitialisation(Company contractor, Workplace workplace) {
    public CentralInitialisation {
        Objects.requireNonNull(contractor, "contractor");
        Objects.requireNonNull(workplace, "workplace");
    }
}
