package be.sitegate.store;

import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Check In and Out at Work events, each with its outbox row. */
public final class PresenceEventStore {

    private final Database db;
    private final Clock clock;

    public PresenceEventStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Stores the event and its outbox row in one transaction; returns once that is on disk. A
     * reference already in the store fails on the primary key and stores nothing.
     */
    public PresenceEvent record(NewPresenceEvent e) {
        return db.write(c -> record(c, e));
    }

    /**
     * What {@link #record} does, and reading the worker's last event back, in a transaction that is
     * rolled back: nothing is stored. For the warm-up before the kiosk takes taps.
     */
    void rehearse(NewPresenceEvent e) {
        db.rehearse(c -> {
            record(c, e);
            return last(c, e.worker(), e.workplace(), BelgianTime.dateOf(e.at()));
        });
    }

    private PresenceEvent record(Connection c, NewPresenceEvent e) throws SQLException {
        ClientReference ref = e.reference();
        OutboxStore.insertPending(c, ref, "EVENT", clock.instant());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO presence_event (client_reference, workplace_id, worker_key, employer, direction,"
                        + " out_reason, event_date, at, method, display_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            Rows.bind(ps, ref.value(), e.workplace().toString(), e.worker().key(), Rows.text(e.employer()),
                    e.direction().name(), e.outReason().map(Enum::name).orElse(null),
                    BelgianTime.dateOf(e.at()).toString(), e.at().toEpochMilli(), e.method().name(),
                    e.displayName().orElse(null));
            ps.executeUpdate();
        }
        return new PresenceEvent(ref, e.workplace(), e.worker(), e.employer(), e.direction(), e.outReason(),
                e.at(), e.method(), e.displayName(), Delivery.pending(clock.instant()));
    }

    /** The worker's latest event on this workplace that day: decides what their next tap means. */
    public Optional<PresenceEvent> last(WorkerId worker, WorkplaceId workplace, LocalDate date) {
        return db.read(c -> last(c, worker, workplace, date));
    }

    private static Optional<PresenceEvent> last(Connection c, WorkerId worker, WorkplaceId workplace, LocalDate date)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Rows.EVENT_QUERY
                + " WHERE e.worker_key = ? AND e.workplace_id = ? AND e.event_date = ?"
                + " ORDER BY e.at DESC, e.rowid DESC LIMIT 1")) {
            Rows.bind(ps, worker.key(), workplace.toString(), date.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Rows.event(rs)) : Optional.empty();
            }
        }
    }

    public Optional<PresenceEvent> find(ClientReference reference) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(Rows.EVENT_QUERY + " WHERE e.client_reference = ?")) {
                ps.setString(1, reference.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Rows.event(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every event of this workplace and day, in time order. */
    public List<PresenceEvent> forDay(WorkplaceId workplace, LocalDate date) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(Rows.EVENT_QUERY
                    + " WHERE e.workplace_id = ? AND e.event_date = ? ORDER BY e.at, e.rowid")) {
                Rows.bind(ps, workplace.toString(), date.toString());
                List<PresenceEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Rows.event(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Events of this workplace, of any day, refused or not sent in time and not acknowledged; oldest first. */
    public List<PresenceEvent> needingAttention(WorkplaceId workplace) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(Rows.EVENT_QUERY
                    + " WHERE e.workplace_id = ? AND " + Rows.NEEDS_ATTENTION + " ORDER BY e.at, e.rowid")) {
                ps.setString(1, workplace.toString());
                List<PresenceEvent> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Rows.event(rs));
                    }
                }
                return out;
            }
        });
    }
}
