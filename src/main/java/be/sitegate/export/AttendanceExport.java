package be.sitegate.export;

import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.Workplace;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What an attendance export is made of, as plain data, so that the kiosk can feed it from its store
 * (and from the central service's list of other channels' presences) without this package knowing
 * either. Records of another workplace or outside the period are left out by {@link ExportRows}.
 *
 * @param registrations Checkinatwork registrations (construction, meat)
 * @param events Check In and Out at Work events (cleaning)
 * @param generatedAt printed on the report, so a printout says how fresh it is
 */
public record AttendanceExport(
        Workplace workplace,
        ExportPeriod period,
        List<Registration> registrations,
        List<PresenceEvent> events,
        Instant generatedAt) {

    public AttendanceExport {
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(period, "period");
        registrations = List.copyOf(registrations);
        events = List.copyOf(events);
        Objects.requireNonNull(generatedAt, "generatedAt");
    }
}
