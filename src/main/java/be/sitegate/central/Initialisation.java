package be.sitegate.central;

import be.sitegate.domain.Company;
import be.sitegate.domain.Workplace;
import java.util.Objects;

/** The service's answer to a successful kiosk initialisation: who declared the works, and where. */
public record Initialisation(Company contractor, Workplace workplace) {
    public Initialisation {
        Objects.requireNonNull(contractor, "contractor");
        Objects.requireNonNull(workplace, "workplace");
    }
}
