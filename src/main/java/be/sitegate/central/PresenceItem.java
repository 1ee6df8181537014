package be.sitegate.central;

import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of a register call: a Checkinatwork registration (no direction) or a Check In and Out at
 * Work event (direction and timestamp). A national number goes with the employer; a Limosa number
 * alone (the declaration names the employer).
 */
public record PresenceItem(
        ClientReference clientReference,
        WorkplaceId workplace,
        LocalDate registrationDate,
        WorkerId worker,
        Optional<EnterpriseNumber> company,
        Optional<Direction> direction,
        Optional<Instant> timestamp) {

    public PresenceItem {
        Objects.requireNonNull(clientReference, "clientReference");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(registrationDate, "registrationDate");
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(timestamp, "timestamp");
        if (direction.isPresent() != timestamp.isPresent()) {
            throw new IllegalArgumentException("an event has both a direction and a timestamp");
        }
    }

    public static PresenceItem of(Registration r) {
        return new PresenceItem(r.reference(), r.workplace(), r.date(), r.worker(), companyFor(r.worker(), r.employer()),
                Optional.empty(), Optional.empty());
    }

    /** The kiosk's OUT reason (break or end) stays on the kiosk: the service knows only IN and OUT. */
    public static PresenceItem of(PresenceEvent e) {
        return new PresenceItem(e.reference(), e.workplace(), BelgianTime.dateOf(e.at()), e.worker(),
                companyFor(e.worker(), e.employer()), Optional.of(e.direction()), Optional.of(e.at()));
    }

    private static Optional<EnterpriseNumber> companyFor(WorkerId worker, Optional<EnterpriseNumber> employer) {
        return worker instanceof WorkerId.Limosa ? Optional.empty() : employer;
    }
}
