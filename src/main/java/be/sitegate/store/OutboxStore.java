package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The delivery side of the transactional outbox. Records enter it in the same transaction as the
 * registration or event itself ({@link #insertPending}); the forwarder then takes due items, marks
 * them sent, and stores each outcome. A SENT item carries a lease: if the kiosk dies between the
 * send and storing the answer, the item becomes due again when the lease expires, and the client
 * reference lets the central service recognise the resend.
 */
public final class OutboxStore {

    private static final String DUE_WHERE = "o.status IN ('PENDING', 'SENT') AND o.next_attempt_at <= ?";

    private final Database db;
    private final Clock clock;

    public OutboxStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    static void insertPending(Connection c, ClientReference ref, String kind, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO outbox (client_reference, kind, status, attempts, next_attempt_at, created_at, updated_at)"
                        + " VALUES (?, ?, 'PENDING', 0, ?, ?, ?)")) {
            Rows.bind(ps, ref.value(), kind, now.toEpochMilli(), now.toEpochMilli(), now.toEpochMilli());
            ps.executeUpdate();
        }
    }

    /** Items whose time has come, oldest first, registrations and events alike. */
    public List<OutboxItem> due(int limit) {
        long now = clock.millis();
        return db.read(c -> {
            List<OutboxItem> items = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT o.client_reference, o.kind FROM outbox o WHERE " + DUE_WHERE
                            + " ORDER BY o.created_at, o.rowid LIMIT ?")) {
                Rows.bind(ps, now, limit);
                List<String[]> refs = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        refs.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
                for (String[] ref : refs) {
                    items.add(load(c, ref[0], ref[1]));
                }
            }
            return items;
        });
    }

    private static OutboxItem load(Connection c, String reference, String kind) throws SQLException {
        boolean registration = "REGISTRATION".equals(kind);
        String query = (registration ? Rows.REGISTRATION_QUERY : Rows.EVENT_QUERY) + " WHERE o.client_reference = ?";
        try (PreparedStatement ps = c.prepareStatement(query)) {
            ps.setString(1, reference);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new SQLException("outbox row without its record: " + reference);
                }
                return registration
                        ? new OutboxItem.OfRegistration(Rows.registration(rs), rs.getInt("attempts"))
                        : new OutboxItem.OfEvent(Rows.event(rs), rs.getInt("attempts"));
            }
        }
    }

    /** Marks items as on their way: SENT, one more attempt, due again only after {@code lease}. */
    public void markSent(Collection<ClientReference> refs, Duration lease) {
        Instant now = clock.instant();
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET status = 'SENT', attempts = attempts + 1, next_attempt_at = ?, updated_at = ?"
                            + " WHERE client_reference = ? AND status IN ('PENDING', 'SENT')")) {
                for (ClientReference ref : refs) {
                    Rows.bind(ps, now.plus(lease).toEpochMilli(), now.toEpochMilli(), ref.value());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    /** Stores every outcome of one exchange in one transaction. */
    public void record(List<DeliveryOutcome> outcomes, int maxAttempts) {
        long now = clock.millis();
        db.write(c -> {
            try (PreparedStatement accepted = c.prepareStatement(
                         "UPDATE outbox SET status = 'ACCEPTED', receipt_number = ?, remarks = ?, last_error = NULL,"
                                 + " updated_at = ? WHERE client_reference = ?");
                 PreparedStatement rejected = c.prepareStatement(
                         "UPDATE outbox SET status = 'REJECTED', remarks = ?, updated_at = ? WHERE client_reference = ?");
                 PreparedStatement failed = c.prepareStatement(
                         "UPDATE outbox SET status = CASE WHEN attempts >= ? THEN 'DEAD' ELSE 'PENDING' END,"
                                 + " last_error = ?, next_attempt_at = ?, updated_at = ?"
                                 + " WHERE client_reference = ? AND status IN ('PENDING', 'SENT')")) {
                for (DeliveryOutcome outcome : outcomes) {
                    String ref = outcome.reference().value();
                    if (outcome instanceof DeliveryOutcome.Accepted a) {
                        Rows.bind(accepted, a.receiptNumber(), Rows.joinLines(a.remarks()), now, ref);
                        accepted.executeUpdate();
                    } else if (outcome instanceof DeliveryOutcome.Rejected r) {
                        Rows.bind(rejected, Rows.joinLines(r.errors()), now, ref);
                        rejected.executeUpdate();
                    } else if (outcome instanceof DeliveryOutcome.Failed f) {
                        Rows.bind(failed, maxAttempts, f.error(), f.nextAttemptAt().toEpochMilli(), now, ref);
                        failed.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /** Gives a DEAD item another chance, e.g. after site management fixed the employer data. */
    public boolean retry(ClientReference ref) {
        long now = clock.millis();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, updated_at = ?"
                            + " WHERE client_reference = ? AND status = 'DEAD'")) {
                Rows.bind(ps, now, now, ref.value());
                return ps.executeUpdate() == 1;
            }
        });
    }

    public Optional<Delivery> delivery(ClientReference ref) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT " + Rows.DELIVERY_COLUMNS + " FROM outbox o WHERE o.client_reference = ?")) {
                ps.setString(1, ref.value());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Rows.delivery(rs)) : Optional.empty();
                }
            }
        });
    }

    public OutboxCounts counts() {
        return db.read(c -> {
            int[] n = new int[5];
            try (PreparedStatement ps = c.prepareStatement("SELECT status, count(*) FROM outbox GROUP BY status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n[be.sitegate.domain.DeliveryStatus.valueOf(rs.getString(1)).ordinal()] = rs.getInt(2);
                }
            }
            return new OutboxCounts(n[0], n[1], n[2], n[3], n[4]);
        });
    }

    /** When the next item becomes due, so the forwarder can sleep exactly that long. */
    public Optional<Instant> nextDueAt() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT min(next_attempt_at) FROM outbox WHERE status IN ('PENDING', 'SENT')");
                 ResultSet rs = ps.executeQuery()) {
                long v = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() || v == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
            }
        });
    }
}
