package be.sitegate.kiosk;

import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Durable storage of what workers registered, written before the kiosk says "done" and forwarded by
 * the outbox afterwards. Implemented by the SQLite store ({@code be.sitegate.store}).
 *
 * <p>A record arrives with its {@link be.sitegate.domain.ClientReference} already minted and is
 * stored under exactly that reference, so the reference the worker's screen is given is the one the
 * central service will see. A reference that is already stored is refused, never replaced.
 */
public interface PresenceRecorder {

    /**
     * Stores a Checkinatwork registration unless this worker already has one for this workplace and
     * {@link Registration#date()}; both the check and the insert happen in one transaction. If
     * they have one, that earlier registration comes back, with its own reference.
     */
    DailyOutcome registerDaily(Registration registration);

    /** The worker's latest Check In and Out event on this workplace on this date. */
    Optional<PresenceEvent> lastEvent(WorkplaceId workplace, WorkerId worker, LocalDate date);

    /** Stores a Check In and Out event; returns it as stored. */
    PresenceEvent recordEvent(PresenceEvent event);

    /** The result of {@link #registerDaily}: the registration as stored, new or the earlier one. */
    record DailyOutcome(Registration registration, boolean alreadyRegistered) {
    }
}
