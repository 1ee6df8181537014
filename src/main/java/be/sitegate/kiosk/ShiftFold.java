package be.sitegate.kiosk;

import be.sitegate.domain.Direction;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Folds one person's events of one day into a {@link Shift}. The day stands alone: nothing is
 * counted past its midnight (an IN still open at the end of the day counts up to midnight, never
 * into the next day), and an OUT with no IN before it that day adds no time, because nothing on
 * record says when that person came. A second IN in a row or a second OUT in a row changes
 * nothing: a double tap is not a break.
 */
final class ShiftFold {

    private ShiftFold() {
    }

    /** {@code events}: one person's, of {@code day}, in time order. */
    static Shift of(List<PresenceEvent> events, LocalDate day, ZoneId zone, Instant now) {
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(zone).toInstant();
        Instant firstIn = null;
        Instant inSince = null;
        Instant outSince = null;
        OutReason lastReason = null;
        int breaks = 0;
        Duration breakTime = Duration.ZERO;
        Duration onSite = Duration.ZERO;
        for (PresenceEvent e : events) {
            Instant at = clamp(e.at(), dayStart, dayEnd);
            if (e.direction() == Direction.IN) {
                if (inSince != null) {
                    continue;
                }
                if (outSince != null) {
                    breaks++;
                    breakTime = breakTime.plus(Duration.between(outSince, at));
                }
                firstIn = firstIn == null ? at : firstIn;
                inSince = at;
                outSince = null;
            } else {
                if (inSince != null) {
                    onSite = onSite.plus(Duration.between(inSince, at));
                    inSince = null;
                    outSince = at;
                } else if (outSince == null) {
                    outSince = at; // an OUT first: they are out, since when they came is not known
                }
                lastReason = e.outReason().orElse(OutReason.END_OF_WORK);
            }
        }
        Shift.Presence presence;
        if (inSince != null) {
            Instant until = clamp(now, inSince, dayEnd);
            onSite = onSite.plus(Duration.between(inSince, until));
            presence = Shift.Presence.ON_SITE;
        } else {
            presence = lastReason == OutReason.BREAK ? Shift.Presence.ON_BREAK : Shift.Presence.LEFT;
        }
        return new Shift(Optional.ofNullable(firstIn), Optional.ofNullable(inSince == null ? outSince : null),
                breaks, breakTime, onSite, presence);
    }

    private static Instant clamp(Instant at, Instant from, Instant to) {
        return at.isBefore(from) ? from : at.isAfter(to) ? to : at;
    }
}
