package be.sitegate.kiosk;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.Workplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A workplace's day, one {@link PersonDay} per person, from the records of the day (this kiosk's
 * and other channels'). A rule rather than a screen's concern: the foreman's list, the printed
 * "who is on site" list and the inspection exports must count the same people the same way, so
 * they all use this one class. No I/O: it works on what the {@link AttendanceLog} returned.
 */
public final class AttendanceSummary {

    private final Map<EnterpriseNumber, String> companyNames = new HashMap<>();
    private final ZoneId zone;

    public AttendanceSummary(Workplace workplace, ZoneId zone) {
        for (Company c : workplace.companies()) {
            companyNames.put(c.enterpriseNumber(), c.name());
        }
        this.zone = zone;
    }

    /** Checkinatwork: each registration is a person (the store keeps one per person and day). */
    public List<PersonDay> registered(List<Registration> registrations) {
        List<PersonDay> out = new ArrayList<>(registrations.size());
        for (Registration r : registrations) {
            Delivery d = r.delivery();
            Optional<EnterpriseNumber> employer = employerOf(r.employer(), d);
            out.add(new PersonDay(r.worker(), r.displayName(), employer, employerName(employer), r.method(),
                    r.method() == IdentificationMethod.CENTRAL_SEARCH, r.registeredAt(), r.registeredAt(),
                    Optional.empty(), d, AttendanceStatus.of(d), List.of(r.reference()), d.needsAttention() ? 1 : 0));
        }
        return out;
    }

    /**
     * Check In and Out at Work: a person's events of {@code day} folded into one line, with the
     * time on site counted up to {@code now}. In order of each person's first event.
     */
    public List<PersonDay> checkedInAndOut(List<PresenceEvent> events, LocalDate day, Instant now) {
        Map<String, List<PresenceEvent>> byWorker = new LinkedHashMap<>();
        events.stream().sorted(Comparator.comparing(PresenceEvent::at))
                .forEach(e -> byWorker.computeIfAbsent(e.worker().key(), k -> new ArrayList<>()).add(e));
        List<PersonDay> out = new ArrayList<>(byWorker.size());
        for (List<PresenceEvent> own : byWorker.values()) {
            out.add(person(own, day, now));
        }
        return out;
    }

    private PersonDay person(List<PresenceEvent> own, LocalDate day, Instant now) {
        PresenceEvent first = own.get(0);
        PresenceEvent last = own.get(own.size() - 1);
        Optional<String> name = Optional.empty();
        PresenceEvent worst = first;
        boolean allOther = true;
        int toCheck = 0;
        List<ClientReference> references = new ArrayList<>(own.size());
        for (PresenceEvent e : own) {
            name = e.displayName().isPresent() ? e.displayName() : name;
            // The latest of equally urgent records: the one the foreman would look at next.
            if (AttendanceStatus.of(e.delivery()).compareTo(AttendanceStatus.of(worst.delivery())) <= 0) {
                worst = e;
            }
            allOther &= e.method() == IdentificationMethod.CENTRAL_SEARCH;
            toCheck += e.delivery().needsAttention() ? 1 : 0;
            references.add(e.reference());
        }
        Optional<EnterpriseNumber> employer = employerOf(last.employer(), last.delivery());
        return new PersonDay(first.worker(), name, employer, employerName(employer), first.method(),
                allOther, first.at(), last.at(), Optional.of(ShiftFold.of(own, day, zone, now)), worst.delivery(),
                AttendanceStatus.of(worst.delivery()), references, toCheck);
    }

    /** The employer the kiosk sent, else the one the service recorded (a Limosa worker's, from the declaration). */
    private static Optional<EnterpriseNumber> employerOf(Optional<EnterpriseNumber> sent, Delivery delivery) {
        return sent.or(delivery::serviceEmployer);
    }

    /** The name on the declaration; a number the declaration does not name is shown as a number. */
    public String employerName(Optional<EnterpriseNumber> employer) {
        return employer.map(n -> companyNames.getOrDefault(n, n.formatted())).orElse("");
    }
}
