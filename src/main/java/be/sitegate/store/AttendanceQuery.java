package be.sitegate.store;

import be.sitegate.domain.AttendanceEntry;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Today's attendance for the foreman: this kiosk's registrations and events, one line per worker,
 * completed with what the central service knows from other channels and kiosks.
 */
public final class AttendanceQuery {

    private final RegistrationStore registrations;
    private final PresenceEventStore events;
    private final CentralPresenceStore central;

    public AttendanceQuery(RegistrationStore registrations, PresenceEventStore events, CentralPresenceStore central) {
        this.registrations = registrations;
        this.events = events;
        this.central = central;
    }

    public List<AttendanceEntry> forDay(WorkplaceId workplace, LocalDate day) {
        Map<String, AttendanceEntry> byWorker = new LinkedHashMap<>();
        Set<String> knownReferences = new HashSet<>();
        Set<String> knownReceipts = new HashSet<>();

        for (Registration r : registrations.forDay(workplace, day)) {
            knownReferences.add(r.reference().value());
            r.delivery().receiptNumber().ifPresent(knownReceipts::add);
            byWorker.put(r.worker().key(), new AttendanceEntry(r.worker(), r.displayName(), r.employer(),
                    r.registeredAt(), r.registeredAt(), Optional.empty(), Optional.empty(), r.delivery().status(),
                    r.delivery().receiptNumber(), false));
        }
        for (PresenceEvent e : events.forDay(workplace, day)) {
            knownReferences.add(e.reference().value());
            e.delivery().receiptNumber().ifPresent(knownReceipts::add);
            AttendanceEntry before = byWorker.get(e.worker().key());
            byWorker.put(e.worker().key(), new AttendanceEntry(e.worker(),
                    e.displayName().or(() -> before == null ? Optional.empty() : before.displayName()),
                    e.employer(), before == null ? e.at() : before.firstSeen(), e.at(),
                    Optional.of(e.direction()), e.outReason(), e.delivery().status(), e.delivery().receiptNumber(),
                    false));
        }
        for (CentralPresence p : central.forDay(workplace, day)) {
            boolean ours = knownReceipts.contains(p.receiptNumber())
                    || p.clientReference().map(ref -> knownReferences.contains(ref.value())).orElse(false);
            String key = p.worker().key();
            if (ours || (byWorker.containsKey(key) && !byWorker.get(key).otherChannel())) {
                continue;
            }
            Instant at = p.timestamp().orElse(day.atStartOfDay(BelgianTime.ZONE).toInstant());
            AttendanceEntry before = byWorker.get(key);
            byWorker.put(key, new AttendanceEntry(p.worker(), Optional.empty(), p.employer(),
                    before == null ? at : before.firstSeen(), at, p.direction(), Optional.empty(),
                    DeliveryStatus.ACCEPTED, Optional.of(p.receiptNumber()), true));
        }
        List<AttendanceEntry> out = new ArrayList<>(byWorker.values());
        out.sort(Comparator.comparing(AttendanceEntry::firstSeen));
        return out;
    }
}
