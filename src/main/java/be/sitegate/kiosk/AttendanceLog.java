package be.sitegate.kiosk;

import be.sitegate.domain.MissingWorker;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What was registered on this kiosk on a day, with each record's delivery state, completed with
 * what other channels and kiosks registered there, for the foreman's attendance list. Implemented
 * over the SQLite store ({@code be.sitegate.store}) and the central service's search.
 */
public interface AttendanceLog {

    /** Checkinatwork registrations of that date, oldest first. */
    List<Registration> registrations(WorkplaceId workplace, LocalDate date);

    /** Check In and Out events of that date, oldest first. */
    List<PresenceEvent> events(WorkplaceId workplace, LocalDate date);

    /**
     * Registrations of every day of {@code period}, oldest first: a period is its days, each read as
     * the foreman's list reads it (this kiosk's records and the other channels' known for that day).
     * A month is some thirty small indexed queries, off the screen's thread.
     */
    default List<Registration> registrations(WorkplaceId workplace, ReportPeriod period) {
        List<Registration> all = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            all.addAll(registrations(workplace, day));
        }
        return all;
    }

    /** Events of every day of {@code period}, oldest first. */
    default List<PresenceEvent> events(WorkplaceId workplace, ReportPeriod period) {
        List<PresenceEvent> all = new ArrayList<>();
        for (LocalDate day = period.from(); !day.isAfter(period.to()); day = day.plusDays(1)) {
            all.addAll(events(workplace, day));
        }
        return all;
    }

    /**
     * Registrations and events of any day that the service refused or that were not sent in time,
     * which nobody has acknowledged yet: the foreman sees them until someone does.
     */
    NeedingAttention needingAttention(WorkplaceId workplace);

    /**
     * Who this kiosk recorded on this workplace on the {@link RecentWorkingDays} before {@code today}
     * and who has no record there today yet, from this kiosk nor (where the search is offered) from
     * another channel: for the foreman to catch a forgotten tap. By name. Reads the kiosk's store only.
     */
    List<MissingWorker> missing(WorkplaceId workplace, LocalDate today);

    /**
     * Fetches what other channels and kiosks registered today from the central service now, rather
     * than at its next scheduled fetch: for a foreman who opens the list and wants it complete. Waits
     * for one search of the service, so it is not for the screen's own thread.
     *
     * @throws CentralUnavailableException when the service cannot be reached; the list keeps what it had
     */
    void refresh();

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
