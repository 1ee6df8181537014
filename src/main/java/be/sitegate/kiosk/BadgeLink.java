package be.sitegate.kiosk;

import be.sitegate.domain.Inss;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A badge linked to its holder on this workplace: who they are (as their eID said when they linked
 * it), the photo only if they agreed to keep it, and the link's life. Never the badge's UID.
 */
public record BadgeLink(long id, Inss inss, String displayName, Optional<byte[]> photo, Instant createdAt,
        Instant expiresAt, Optional<Instant> revokedAt) {

    public BadgeLink {
        Objects.requireNonNull(inss, "inss");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(photo, "photo");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(revokedAt, "revokedAt");
    }

    /** Whether the badge registers its holder at {@code now}. */
    public boolean activeAt(Instant now) {
        return revokedAt.isEmpty() && now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "BadgeLink[" + id + ", " + inss.masked() + "]";
    }
}
