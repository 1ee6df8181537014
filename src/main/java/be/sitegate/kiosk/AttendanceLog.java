package be.sitegate.kiosk;

import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import java.time.LocalDate;
import java.util.List;

/**
 * What was registered on this kiosk on a day, with each record's delivery state, for the foreman's
 * attendance list. Implemented by the SQLite store ({@code be.sitegate.store}), read-only.
 */
public interface AttendanceLog {

    /** Checkinatwork registrations of that date, oldest first. */
    List<Registration> registrations(WorkplaceId workplace, LocalDate date);

    /** Check In and Out events of that date, oldest first. */
    List<PresenceEvent> events(WorkplaceId workplace, LocalDate date);

    /**
     * Registrations and events of any day that the service refused or that were not sent in time,
     * which nobody has acknowledged yet: the foreman sees them until someone does.
     */
    NeedingAttention needingAttention(WorkplaceId workplace);

    record NeedingAttention(List<Registration> registrations, List<PresenceEvent> events) {
        public NeedingAttention {
            registrations = List.copyOf(registrations);
            events = List.copyOf(events);
        }

        public static final NeedingAttention NONE = new NeedingAttention(List.of(), List.of());

        public int count() {
            return registrations.size() + events.size();
        }
    }
}
