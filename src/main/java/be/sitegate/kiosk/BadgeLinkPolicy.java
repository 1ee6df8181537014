package be.sitegate.kiosk;

import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long a badge link lasts: {@code linkDays} (configured, 90 by default) and, for a link made on a
 * workplace whose declaration of works ends earlier, until the end of that declaration's last day.
 * The central service gives no end date (its initialisation answer has none, and it offers no look-up
 * of a workplace), so the ends are the site manager's {@code badge.declaration-ends}; a workplace
 * without one gets the days alone.
 */
public record BadgeLinkPolicy(int linkDays, Map<WorkplaceId, LocalDate> declarationEnds) {

    public static final int DEFAULT_LINK_DAYS = 90;

    public BadgeLinkPolicy {
        if (linkDays < 1 || linkDays > 3660) {
            throw new IllegalArgumentException("a badge link of " + linkDays + " days");
        }
        declarationEnds = Map.copyOf(Objects.requireNonNull(declarationEnds, "declarationEnds"));
    }

    /** The days alone, on every workplace. */
    public static BadgeLinkPolicy days(int linkDays) {
        return new BadgeLinkPolicy(linkDays, Map.of());
    }

    /** The last day of {@code workplace}'s declaration, when the site manager wrote it. */
    public Optional<LocalDate> declarationEnd(WorkplaceId workplace) {
        return Optional.ofNullable(declarationEnds.get(Objects.requireNonNull(workplace, "workplace")));
    }

    /**
     * When a link made at {@code now} on {@code workplace} ends: the end of its last day in the site's
     * zone, that day being {@code linkDays} after today or the declaration's last day, whichever is earlier.
     */
    public Instant expiresAt(WorkplaceId workplace, Instant now, ZoneId zone) {
        return endOf(declarationEnd(workplace), now, zone);
    }

    /** When a link made at {@code now} on no known workplace would end: the days alone. */
    public Instant expiresAt(Instant now, ZoneId zone) {
        return endOf(Optional.empty(), now, zone);
    }

    private Instant endOf(Optional<LocalDate> declarationEnd, Instant now, ZoneId zone) {
        LocalDate last = LocalDate.ofInstant(now, zone).plusDays(linkDays);
        if (declarationEnd.isPresent() && declarationEnd.get().isBefore(last)) {
            last = declarationEnd.get();
        }
        Instant end = last.plusDays(1).atStartOfDay(zone).toInstant();
        // A declaration that ended before today (not yet updated after an extension) leaves a link of a moment.
        return end.isAfter(now) ? end : now.plusSeconds(1);
    }
}
