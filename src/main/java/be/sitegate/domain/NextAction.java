package be.sitegate.domain;

import java.util.Optional;

/**
 * What a tap means for a Check In and Out at Work worker, from their last event today: nothing yet
 * or back from a break means IN; at work means a choice between a break and the end of work.
 */
public enum NextAction {
    CHECK_IN,
    CHOOSE_BREAK_OR_END,
    /** Ended work today; a further tap starts again (some work split shifts). */
    CHECK_IN_AGAIN;

    public static NextAction after(Optional<PresenceEvent> lastToday) {
        if (lastToday.isEmpty()) {
            return CHECK_IN;
        }
        PresenceEvent last = lastToday.get();
        if (last.direction() == Direction.IN) {
            return CHOOSE_BREAK_OR_END;
        }
        return last.outReason().orElse(OutReason.END_OF_WORK) == OutReason.BREAK ? CHECK_IN : CHECK_IN_AGAIN;
    }
}
