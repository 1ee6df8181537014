package be.sitegate.app;

import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.Direction;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.store.CentralPresenceStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the central search last reported of a workplace's day from other gates and channels (the
 * online service, another kiosk), as the kiosk's own kinds of records. Empty when the service
 * offers no search: then the kiosk knows only its own records. Cancelled registrations are left out.
 */
final class OtherChannels {

    /** The service's status of a withdrawn registration. */
    private static final String CANCELLED = "SUCCESSFULLY CANCELLED";

    private final CentralPresenceStore copy;

    OtherChannels(CentralPresenceStore copy) {
        this.copy = copy;
    }

    /**
     * Checkinatwork registrations of that day that are not in {@code known}: worker keys, client
     * references and receipt numbers of the kiosk's own records. One per worker, the first.
     */
    List<Registration> registrations(WorkplaceId workplace, LocalDate date, Set<String> known) {
        Set<String> seen = new HashSet<>(known);
        return standing(workplace, date).stream()
                .filter(p -> p.direction().isEmpty() && !isKnown(p, seen) && seen.add(p.worker().key()))
                .map(p -> new Registration(referenceOf(p), workplace, p.worker(), p.employer(), date, at(p, date),
                        IdentificationMethod.CENTRAL_SEARCH, Optional.empty(), accepted(p)))
                .toList();
    }

    /** Check In and Out events of that day that are not in {@code known} (references and receipt numbers). */
    List<PresenceEvent> events(WorkplaceId workplace, LocalDate date, Set<String> known) {
        return standing(workplace, date).stream()
                .filter(p -> p.direction().isPresent() && !known.contains(p.receiptNumber()) && !ours(p, known))
                .map(p -> new PresenceEvent(referenceOf(p), workplace, p.worker(), p.employer(), p.direction().get(),
                        p.direction().get() == Direction.OUT ? Optional.of(OutReason.END_OF_WORK) : Optional.empty(),
                        at(p, date), IdentificationMethod.CENTRAL_SEARCH, Optional.empty(), accepted(p)))
                .toList();
    }

    /** What identifies the kiosk's own registrations: worker keys, client references and receipt numbers. */
    static Set<String> knownRegistrations(List<Registration> own) {
        Set<String> known = new HashSet<>();
        for (Registration r : own) {
            known.add(r.worker().key());
            known.add(r.reference().value());
            r.delivery().receiptNumber().ifPresent(known::add);
        }
        return known;
    }

    /** What identifies the kiosk's own events: client references and receipt numbers. */
    static Set<String> knownEvents(List<PresenceEvent> own) {
        Set<String> known = new HashSet<>();
        for (PresenceEvent e : own) {
            known.add(e.reference().value());
            e.delivery().receiptNumber().ifPresent(known::add);
        }
        return known;
    }

    private List<CentralPresence> standing(WorkplaceId workplace, LocalDate date) {
        return copy.forDay(workplace, date).stream().filter(p -> !CANCELLED.equals(p.status())).toList();
    }

    private static boolean isKnown(CentralPresence p, Set<String> known) {
        return known.contains(p.worker().key()) || known.contains(p.receiptNumber()) || ours(p, known);
    }

    private static boolean ours(CentralPresence p, Set<String> known) {
        return p.clientReference().map(ref -> known.contains(ref.value())).orElse(false);
    }

    /** A stable reference for a presence this kiosk did not make: "C" and its receipt number. */
    private static ClientReference referenceOf(CentralPresence p) {
        return p.clientReference().orElse(new ClientReference("C" + p.receiptNumber()));
    }

    private static Instant at(CentralPresence p, LocalDate date) {
        return p.timestamp().orElse(date.atStartOfDay(BelgianTime.ZONE).toInstant());
    }

    private static Delivery accepted(CentralPresence p) {
        return Delivery.accepted(p.receiptNumber(), List.of(), p.timestamp().orElse(Instant.EPOCH));
    }
}
