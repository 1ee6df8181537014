package be.sitegate.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * The morning initialisation: who opened the kiosk for which workplace, until when. Never holds a
 * password. {@code fromCache} marks a re-initialisation from an earlier day's details made while the
 * central service was out of reach.
 */
public record KioskInitialisation(
        Workplace workplace,
        EnterpriseNumber contractor,
        String initialisedBy,
        Instant initialisedAt,
        Instant expiresAt,
        boolean fromCache) {

    public KioskInitialisation {
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(contractor, "contractor");
        Objects.requireNonNull(initialisedBy, "initialisedBy");
        Objects.requireNonNull(initialisedAt, "initialisedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    public boolean isValidAt(Instant now) {
        return !now.isBefore(initialisedAt) && now.isBefore(expiresAt);
    }
}
