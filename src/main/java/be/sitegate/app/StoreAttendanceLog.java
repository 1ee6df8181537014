package be.sitegate.app;

import be.sitegate.central.CentralException;
import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.CentralUnavailableException;
import be.sitegate.store.KioskStore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The foreman's list: this kiosk's records of the day, completed with what the central search
 * reported from other channels and kiosks (shown as accepted, with their receipt number).
 */
public final class StoreAttendanceLog implements AttendanceLog {

    private final KioskStore store;
    private final Runnable fetchOtherChannels;

    /** {@code fetchOtherChannels} stores today's central search (the presence puller's pull, now). */
    public StoreAttendanceLog(KioskStore store, Runnable fetchOtherChannels) {
        this.store = store;
        this.fetchOtherChannels = fetchOtherChannels;
    }

    @Override
    public List<Registration> registrations(WorkplaceId workplace, LocalDate date) {
        List<Registration> local = store.registrations().forDay(workplace, date);
        Set<String> known = new HashSet<>();
        local.forEach(r -> {
            known.add(r.worker().key());
            known.add(r.reference().value());
        });
        List<Registration> all = new ArrayList<>(local);
        for (CentralPresence p : store.centralPresences().forDay(workplace, date)) {
            if (p.direction().isEmpty() && !known.contains(p.worker().key()) && !ours(p, known)) {
                known.add(p.worker().key());
                all.add(new Registration(referenceOf(p), workplace, p.worker(), p.employer(), date, at(p, date),
                        IdentificationMethod.CENTRAL_SEARCH, Optional.empty(), accepted(p)));
            }
        }
        all.sort(Comparator.comparing(Registration::registeredAt));
        return all;
    }

    @Override
    public List<PresenceEvent> events(WorkplaceId workplace, LocalDate date) {
        List<PresenceEvent> local = store.events().forDay(workplace, date);
        Set<String> known = new HashSet<>();
        local.forEach(e -> known.add(e.reference().value()));
        local.forEach(e -> e.delivery().receiptNumber().ifPresent(known::add));
        List<PresenceEvent> all = new ArrayList<>(local);
        for (CentralPresence p : store.centralPresences().forDay(workplace, date)) {
            if (p.direction().isPresent() && !known.contains(p.receiptNumber()) && !ours(p, known)) {
                var direction = p.direction().get();
                Optional<OutReason> reason = direction == be.sitegate.domain.Direction.OUT
                        ? Optional.of(OutReason.END_OF_WORK) : Optional.empty();
                all.add(new PresenceEvent(referenceOf(p), workplace, p.worker(), p.employer(), direction, reason,
                        at(p, date), IdentificationMethod.CENTRAL_SEARCH, Optional.empty(), accepted(p)));
            }
        }
        all.sort(Comparator.comparing(PresenceEvent::at));
        return all;
    }

    @Override
    public NeedingAttention needingAttention(WorkplaceId workplace) {
        return new NeedingAttention(store.registrations().needingAttention(workplace),
                store.events().needingAttention(workplace));
    }

    @Override
    public void refresh() {
        try {
            fetchOtherChannels.run();
        } catch (CentralException e) {
            throw new CentralUnavailableException(e.reasonCode(), e);
        }
    }

    private static boolean ours(CentralPresence p, Set<String> known) {
        return p.clientReference().map(ref -> known.contains(ref.value())).orElse(false);
    }

    /** A stable reference for a presence this kiosk did not make: "C" and its receipt number. */
    private static ClientReference referenceOf(CentralPresence p) {
        return p.clientReference().orElse(new ClientReference("C" + p.receiptNumber()));
    }

    private static Instant at(CentralPresence p, LocalDate date) {
        return p.timestamp().orElse(date.atStartOfDay(be.sitegate.domain.BelgianTime.ZONE).toInstant());
    }

    private static Delivery accepted(CentralPresence p) {
        return Delivery.accepted(p.receiptNumber(), List.of(), p.timestamp().orElse(Instant.EPOCH));
    }
}
