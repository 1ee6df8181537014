package be.sitegate.export;

import be.sitegate.domain.Direction;
import be.sitegate.domain.OutReason;
import java.util.Optional;

/** What a Check In and Out at Work event was; a break is an OUT the worker comes back from. */
public enum Movement {
    IN,
    OUT_BREAK,
    OUT_END;

    static Movement of(Direction direction, Optional<OutReason> reason) {
        if (direction == Direction.IN) {
            return IN;
        }
        return reason.filter(r -> r == OutReason.BREAK).isPresent() ? OUT_BREAK : OUT_END;
    }
}
