package be.sitegate.kiosk;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One person's day on the workplace, as the foreman's list, the "who is on site" list and the
 * inspection exports show it.
 *
 * @param employerName the company's name on the declaration, else its number, else empty (Limosa)
 * @param method how the first record was made; {@code CENTRAL_SEARCH} for another channel
 * @param otherChannel every record of this day came from another channel or kiosk
 * @param firstSeen the registration (Checkinatwork) or the first event
 * @param lastSeen the registration or the latest event
 * @param shift the day's INs and OUTs, for Check In and Out at Work only
 * @param delivery the delivery of the record that needs the foreman most (the latest on a tie)
 * @param references every record of the day, so an answer for any of them can find this person
 * @param toCheck how many of those records are refused or not sent in time, unacknowledged
 */
public record PersonDay(
        WorkerId worker,
        Optional<String> displayName,
        Optional<EnterpriseNumber> employer,
        String employerName,
        IdentificationMethod method,
        boolean otherChannel,
        Instant firstSeen,
        Instant lastSeen,
        Optional<Shift> shift,
        Delivery delivery,
        AttendanceStatus status,
        List<ClientReference> references,
        int toCheck) {

    public PersonDay {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(employerName, "employerName");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(lastSeen, "lastSeen");
        Objects.requireNonNull(shift, "shift");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(status, "status");
        references = List.copyOf(references);
    }

    /**
     * For an evacuation: Checkinatwork knows no OUT, so everyone registered today counts as on
     * site, unless their registration was withdrawn; in Check In and Out at Work, whoever's last
     * event is an IN.
     */
    public boolean onSiteNow() {
        return status != AttendanceStatus.WITHDRAWN
                && shift.map(s -> s.presence() == Shift.Presence.ON_SITE).orElse(true);
    }
}
