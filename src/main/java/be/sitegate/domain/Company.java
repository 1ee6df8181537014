package be.sitegate.domain;

import java.util.Objects;

/** A company on a Declaration of Works: the builder or one of its subcontractors. */
public record Company(EnterpriseNumber enterpriseNumber, String name) {
    public Company {
        Objects.requireNonNull(enterpriseNumber, "enterpriseNumber");
        Objects.requireNonNull(name, "name");
    }
}
