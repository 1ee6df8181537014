package be.sitegate.ui.attendance;

import be.sitegate.domain.Correction;
import be.sitegate.domain.MissingWorker;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.Workplace;
import be.sitegate.kiosk.AttendanceLog;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the foreman's list shows, as read from the {@link AttendanceLog} when it opens, with today's
 * corrections, so a withdrawn or resent line says so.
 */
public record AttendanceDay(
        Workplace workplace,
        LocalDate date,
        List<Registration> registrations,
        List<PresenceEvent> events,
        AttendanceLog.NeedingAttention earlier,
        List<MissingWorker> missing,
        List<Correction> corrections) {

    public AttendanceDay {
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(date, "date");
        registrations = List.copyOf(registrations);
        events = List.copyOf(events);
        Objects.requireNonNull(earlier, "earlier");
        missing = List.copyOf(missing);
        corrections = List.copyOf(corrections);
    }

    /** A day nobody corrected anything on. */
    public AttendanceDay(Workplace workplace, LocalDate date, List<Registration> registrations,
            List<PresenceEvent> events, AttendanceLog.NeedingAttention earlier, List<MissingWorker> missing) {
        this(workplace, date, registrations, events, earlier, missing, List.of());
    }
}
