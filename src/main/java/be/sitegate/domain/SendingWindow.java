package be.sitegate.domain;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Until when a stored record may still be sent. Checkinatwork takes a registration only for today
 * or tomorrow, so one still unsent when its day ends can never be sent for its own day, and sending
 * it with another date would be a false statement. Check In and Out at Work publishes no rule for a
 * late event; its events keep their own timestamp and are sent as soon as the service answers, for as
 * long as the employer can still have them corrected (30 days, docs/central-api.md).
 */
public final class SendingWindow {

    /** The employer's correction window for Check In and Out at Work events. */
    public static final int EVENT_CORRECTION_DAYS = 30;

    private SendingWindow() {
    }

    /** The last day a record for {@code day} may be sent on. */
    public static LocalDate lastDay(LocalDate day, boolean event) {
        return event ? day.plusDays(EVENT_CORRECTION_DAYS) : day;
    }

    /** Why the record can no longer be sent on {@code today}, or empty while it still can. */
    public static Optional<String> closed(LocalDate day, boolean event, LocalDate today) {
        if (!today.isAfter(lastDay(day, event))) {
            return Optional.empty();
        }
        return Optional.of(event ? "NOT_SENT_IN_TIME: not sent within " + EVENT_CORRECTION_DAYS + " days of " + day
                : "NOT_SENT_IN_TIME: the service takes no registration for " + day + " after that day");
    }

    public static Optional<String> closed(Registration r, LocalDate today) {
        return closed(r.date(), false, today);
    }

    public static Optional<String> closed(PresenceEvent e, LocalDate today) {
        return closed(BelgianTime.dateOf(e.at()), true, today);
    }
}
