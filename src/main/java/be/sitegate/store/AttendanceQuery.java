package be.sitegate.store;

import be.sitegate.domain.AttendanceEntry;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.MissingWorker;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
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
import java.util.stream.Collectors;

/**
 * Today's attendance for the foreman: this kiosk's registrations and events, one line per worker,
 * completed with what the central service knows from other channels and kiosks.
 */
public final class AttendanceQuery {

    private final RegistrationStore registrations;
    private final PresenceEventStore events;
    private final CentralPresenceStore central;
    private final Database db;

    public AttendanceQuery(Database db, RegistrationStore registrations, PresenceEventStore events,
            CentralPresenceStore central) {
        this.db = db;
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

    /**
     * Who has a registration or an event on this workplace on one of {@code recentDays} and none on
     * {@code today}, nor a standing presence in the central search's copy of today (another gate
     * registered them): the people the foreman may still expect. One per worker, with the name and
     * employer of their latest record, by name then number. One query, over the day indexes.
     */
    public List<MissingWorker> notYetToday(WorkplaceId workplace, List<LocalDate> recentDays, LocalDate today) {
        if (recentDays.isEmpty()) {
            return List.of();
        }
        String days = recentDays.stream().map(d -> "?").collect(Collectors.joining(", "));
        // The latest employer, and the latest non-empty name (a typed number brings none, an earlier card
        // read did): each picked as the largest "zero-padded time + value", since SQLite takes a bare
        // column from the maximum's row only when the query has a single max().
        String sql = "WITH recent AS ("
                + " SELECT worker_key, employer, display_name, registration_date AS day, registered_at AS at"
                + "   FROM registration WHERE workplace_id = ? AND registration_date IN (" + days + ")"
                + " UNION ALL SELECT worker_key, employer, display_name, event_date, at"
                + "   FROM presence_event WHERE workplace_id = ? AND event_date IN (" + days + ")),"
                + " here_today AS ("
                + " SELECT worker_key FROM registration WHERE workplace_id = ? AND registration_date = ?"
                + " UNION SELECT worker_key FROM presence_event WHERE workplace_id = ? AND event_date = ?"
                + " UNION SELECT worker_key FROM central_presence WHERE workplace_id = ? AND presence_date = ?"
                + "   AND status <> 'SUCCESSFULLY CANCELLED')"
                + " SELECT worker_key, substr(MAX(printf('%015d', at) || coalesce(employer, '')), 16) AS employer,"
                + "  MAX(day) AS last_day,"
                + "  COUNT(DISTINCT day) AS days,"
                + "  substr(MAX(CASE WHEN display_name IS NOT NULL THEN printf('%015d', at) || display_name END), 16)"
                + "   AS display_name"
                + " FROM recent WHERE worker_key NOT IN (SELECT worker_key FROM here_today)"
                + " GROUP BY worker_key";
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                List<Object> args = new ArrayList<>();
                args.add(workplace.toString());
                recentDays.forEach(d -> args.add(d.toString()));
                args.add(workplace.toString());
                recentDays.forEach(d -> args.add(d.toString()));
                for (int i = 0; i < 3; i++) {
                    args.add(workplace.toString());
                    args.add(today.toString());
                }
                Rows.bind(ps, args.toArray());
                List<MissingWorker> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new MissingWorker(WorkerId.fromKey(rs.getString("worker_key")),
                                Optional.ofNullable(rs.getString("display_name")),
                                Optional.ofNullable(rs.getString("employer")).filter(e -> !e.isEmpty())
                                        .map(EnterpriseNumber::parse),
                                LocalDate.parse(rs.getString("last_day")), rs.getInt("days")));
                    }
                }
                out.sort(Comparator.comparing((MissingWorker m) -> m.displayName().orElse("\uffff"))
                        .thenComparing(m -> m.worker().masked()));
                return out;
            }
        });
    }
}
