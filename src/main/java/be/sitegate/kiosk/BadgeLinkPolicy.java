package be.sitegate.kiosk;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a badge link lasts: {@code linkDays} (configured, 90 by default) and, when the kiosk
 * knows it, the end of the site's declaration, whichever comes first. The initialisation answer
 * carries no end of the works today, so the configured days apply; a declaration's end passed in
 * here shortens every link made from then on.
 */
public record BadgeLinkPolicy(int linkDays, Optional<LocalDate> declarationEnd) {

    public static final int DEFAULT_LINK_DAYS = 90;

    public BadgeLinkPolicy {
        if (linkDays < 1 || linkDays > 3660) {
            throw new IllegalArgumentException("a badge link of " + linkDays + " days");
        }
        Objects.requireNonNull(declarationEnd, "declarationEnd");
    }

    public static BadgeLinkPolicy days(int linkDays) {
        return new BadgeLinkPolicy(linkDays, Optional.empty());
    }

    /** When a link made at {@code now} ends: the end of its last day, in the site's zone. */
    public Instant expiresAt(Instant now, ZoneId zone) {
        LocalDate last = LocalDate.ofInstant(now, zone).plusDays(linkDays);
        if (declarationEnd.isPresent() && declarationEnd.get().isBefore(last)) {
            last = declarationEnd.get();
        }
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        return end.isAfter(now) ? end : now.plusSeconds(1);
    }
}
