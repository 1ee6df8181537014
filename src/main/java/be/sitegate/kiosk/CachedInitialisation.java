package be.sitegate.kiosk;

import be.sitegate.domain.Company;
import be.sitegate.domain.Workplace;
import java.time.Instant;
import java.util.Objects;

/**
 * The workplace details of an earlier successful initialisation, and who made it: an offline
 * re-initialisation is only offered to the same user name, since the password cannot be checked.
 */
public record CachedInitialisation(CentralInitialisation details, String username, Instant initialisedAt) {
    public CachedInitialisation {
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(initialisedAt, "initialisedAt");
    }

    public Workplace workplace() {
        return details.workplace();
    }

    public Company contractor() {
        return details.contractor();
    }
}
