package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.EnterpriseNumber;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    /**
     * How many of a batch's items are written before a worker's tap waiting to be stored may go
     * first ({@link Database#writeInParts}): a quarter of a 200-item batch.
     */
    static final int PART = 50;

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

    /**
     * Items whose time has come, oldest first, registrations and events alike. The waiting records'
     * index is read in their order, so taking a batch costs the batch, not the size of the queue or
     * of the database; each record is then read by its key with one statement per kind.
     */
    public List<OutboxItem> due(int limit) {
        long now = clock.millis();
        return db.read(c -> {
            List<String[]> refs = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT o.client_reference, o.kind FROM outbox o INDEXED BY outbox_waiting WHERE " + DUE_WHERE
                            + " ORDER BY o.created_at, o.rowid LIMIT ?")) {
                Rows.bind(ps, now, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        refs.add(new String[] {rs.getString(1), rs.getString(2)});
                    }
                }
            }
            List<OutboxItem> items = new ArrayList<>(refs.size());
            try (PreparedStatement registrations = c.prepareStatement(
                         Rows.REGISTRATION_QUERY + " WHERE o.client_reference = ?");
                 PreparedStatement events = c.prepareStatement(Rows.EVENT_QUERY + " WHERE o.client_reference = ?")) {
                for (String[] ref : refs) {
                    boolean registration = "REGISTRATION".equals(ref[1]);
                    items.add(load(registration ? registrations : events, ref[0], registration));
                }
            }
            return items;
        });
    }

    private static OutboxItem load(PreparedStatement ps, String reference, boolean registration) throws SQLException {
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

    /**
     * Copies the store's WAL into its file now, on the caller's thread, so that a worker's commit
     * never has to (see {@link Database#checkpoint}): for the forwarder between its exchanges, its
     * writes being most of what the WAL holds.
     */
    public void checkpoint() {
        db.checkpoint();
    }

    /**
     * Marks items as on their way: SENT, one more attempt, due again only after {@code lease}. One
     * transaction, unless a tap waits to be stored: then it goes first, between two parts (an item
     * left PENDING by a crash after that is simply sent with the next batch).
     */
    public void markSent(Collection<ClientReference> refs, Duration lease) {
        Instant now = clock.instant();
        db.writeInParts(List.copyOf(refs), PART, (c, part) -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET status = 'SENT', attempts = attempts + 1, next_attempt_at = ?, updated_at = ?"
                            + " WHERE client_reference = ? AND status IN ('PENDING', 'SENT')")) {
                for (ClientReference ref : part) {
                    Rows.bind(ps, now.plus(lease).toEpochMilli(), now.toEpochMilli(), ref.value());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /**
     * Stores every outcome of one exchange in one transaction, unless a tap waits to be stored: then
     * it goes first, between two parts of the batch (each outcome stands alone; one not stored
     * because of a crash after that leaves its item SENT, resent under the same reference once its
     * lease is over). A failure only puts the record back in the queue: however often the network or
     * the service fails, a record leaves the queue only with the service's own answer for it, or when
     * its day has passed.
     */
    public void record(List<DeliveryOutcome> outcomes) {
        long now = clock.millis();
        db.writeInParts(outcomes, PART, (c, part) -> {
            try (PreparedStatement accepted = c.prepareStatement(
                         "UPDATE outbox SET status = 'ACCEPTED', receipt_number = ?, last_error = NULL,"
                                 + " acknowledged_at = NULL, service_employer = ?, updated_at = ?"
                                 + " WHERE client_reference = ?");
                 PreparedStatement rejected = c.prepareStatement(
                         "UPDATE outbox SET status = 'REJECTED', acknowledged_at = NULL, updated_at = ?"
                                 + " WHERE client_reference = ?");
                 PreparedStatement expired = c.prepareStatement(
                         "UPDATE outbox SET status = 'EXPIRED', last_error = ?, acknowledged_at = NULL, updated_at = ?"
                                 + " WHERE client_reference = ? AND status IN ('PENDING', 'SENT')");
                 PreparedStatement failed = c.prepareStatement(
                         "UPDATE outbox SET status = 'PENDING', last_error = ?, next_attempt_at = ?, updated_at = ?"
                                 + " WHERE client_reference = ? AND status IN ('PENDING', 'SENT')");
                 Rows.RemarkWriter remarks = new Rows.RemarkWriter(c)) {
                for (DeliveryOutcome outcome : part) {
                    String ref = outcome.reference().value();
                    if (outcome instanceof DeliveryOutcome.Accepted a) {
                        Rows.bind(accepted, a.receiptNumber(), Rows.text(a.serviceEmployer()), now, ref);
                        accepted.executeUpdate();
                        remarks.replace(ref, a.remarks());
                    } else if (outcome instanceof DeliveryOutcome.Rejected r) {
                        Rows.bind(rejected, now, ref);
                        rejected.executeUpdate();
                        remarks.replace(ref, r.errors());
                    } else if (outcome instanceof DeliveryOutcome.Expired x) {
                        Rows.bind(expired, x.reason(), now, ref);
                        expired.executeUpdate();
                    } else if (outcome instanceof DeliveryOutcome.Failed f) {
                        Rows.bind(failed, f.error(), f.nextAttemptAt().toEpochMilli(), now, ref);
                        failed.executeUpdate();
                    }
                }
            }
        });
    }

    /**
     * Sends a REJECTED record again, due at once, after site management corrected what the service
     * refused: the employer, when {@code employer} is given (a Limosa worker's declaration names the
     * employer, so theirs cannot be changed here). The correction and the return to the queue are
     * one transaction. False when the record is not REJECTED (an EXPIRED one can no longer be sent).
     */
    public boolean resend(ClientReference ref, Optional<EnterpriseNumber> employer) {
        long now = clock.millis();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET status = 'PENDING', attempts = 0, next_attempt_at = ?, last_error = NULL,"
                            + " acknowledged_at = NULL, updated_at = ? WHERE client_reference = ? AND status = 'REJECTED'")) {
                Rows.bind(ps, now, now, ref.value());
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            Rows.replaceRemarks(c, ref.value(), List.of());
            if (employer.isPresent()) {
                correctEmployer(c, ref, employer.get());
            }
            return true;
        });
    }

    private static void correctEmployer(Connection c, ClientReference ref, EnterpriseNumber employer)
            throws SQLException {
        for (String table : new String[] {"registration", "presence_event"}) {
            try (PreparedStatement ps = c.prepareStatement("UPDATE " + table
                    + " SET employer = ? WHERE client_reference = ? AND worker_key LIKE 'I:%'")) {
                Rows.bind(ps, employer.toString(), ref.value());
                ps.executeUpdate();
            }
        }
    }

    /** Makes every waiting record due now ("send now"); returns how many were waiting for a later try. */
    public int makeWaitingDue() {
        long now = clock.millis();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET next_attempt_at = ? WHERE status = 'PENDING' AND next_attempt_at > ?")) {
                Rows.bind(ps, now, now);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Makes every SENT record due now, keeping its attempts; returns how many were leased. Only for the
     * start of the one process that holds the store's data folder: a lease guards against resending
     * while this process's own call may still be answered, and a process that has just started has no
     * call in flight. A send the previous process left in doubt is settled by the resend under the same
     * client reference, now rather than when the lease would have run out.
     */
    public int releaseLeases() {
        long now = clock.millis();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET next_attempt_at = ? WHERE status = 'SENT' AND next_attempt_at > ?")) {
                Rows.bind(ps, now, now);
                return ps.executeUpdate();
            }
        });
    }

    /** Someone at the kiosk has seen a REJECTED or EXPIRED record: it no longer counts as needing attention. */
    public boolean acknowledge(ClientReference ref) {
        long now = clock.millis();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET acknowledged_at = ?, updated_at = ? WHERE client_reference = ?"
                            + " AND status IN ('REJECTED', 'EXPIRED') AND acknowledged_at IS NULL")) {
                Rows.bind(ps, now, now, ref.value());
                return ps.executeUpdate() == 1;
            }
        });
    }

    /**
     * Records that the service cancelled an accepted registration at the site manager's request.
     * False when the record has no receipt, or was already withdrawn.
     */
    public boolean markWithdrawn(ClientReference ref, String reason) {
        long now = clock.millis();
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE outbox SET withdrawn_at = ?, withdrawn_reason = ?, updated_at = ? WHERE client_reference = ?"
                            + " AND status = 'ACCEPTED' AND withdrawn_at IS NULL")) {
                Rows.bind(ps, now, reason, now, ref.value());
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
        return summary().counts();
    }

    /** When the oldest record still waiting was stored: how long the queue has been waiting. */
    public Optional<Instant> oldestWaitingSince() {
        return summary().waitingSince();
    }

    /**
     * The counts and the oldest waiting record: what the status bar shows after every exchange. The
     * counts are kept by the store's triggers as records change (V007), the oldest waiting record is
     * the first entry of the waiting records' index: neither reads the outbox as a whole.
     */
    public OutboxSummary summary() {
        return db.read(c -> {
            Map<DeliveryStatus, Integer> n = new EnumMap<>(DeliveryStatus.class);
            int toAcknowledge = 0;
            try (PreparedStatement ps = c.prepareStatement("SELECT status, needs_attention, n FROM outbox_count");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DeliveryStatus status = DeliveryStatus.valueOf(rs.getString(1));
                    n.merge(status, rs.getInt(3), Integer::sum);
                    if (rs.getInt(2) == 1) {
                        toAcknowledge += rs.getInt(3);
                    }
                }
            }
            Optional<Instant> waitingSince;
            try (PreparedStatement ps = c.prepareStatement("SELECT created_at FROM outbox INDEXED BY outbox_waiting"
                    + " WHERE status IN ('PENDING', 'SENT') ORDER BY created_at LIMIT 1");
                 ResultSet rs = ps.executeQuery()) {
                waitingSince = rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
            }
            return new OutboxSummary(new OutboxCounts(n.getOrDefault(DeliveryStatus.PENDING, 0),
                    n.getOrDefault(DeliveryStatus.SENT, 0), n.getOrDefault(DeliveryStatus.ACCEPTED, 0),
                    n.getOrDefault(DeliveryStatus.REJECTED, 0), n.getOrDefault(DeliveryStatus.EXPIRED, 0),
                    toAcknowledge), waitingSince);
        });
    }

    /**
     * When the next item becomes due, so the forwarder can sleep exactly that long. One look at the
     * start of each state's range of the due index, not a walk through every waiting record.
     */
    public Optional<Instant> nextDueAt() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT min(v) FROM ("
                    + "SELECT min(next_attempt_at) AS v FROM outbox WHERE status = 'PENDING' UNION ALL "
                    + "SELECT min(next_attempt_at) FROM outbox WHERE status = 'SENT')");
                 ResultSet rs = ps.executeQuery()) {
                long v = rs.next() ? rs.getLong(1) : 0;
                return rs.wasNull() || v == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
            }
        });
    }
}
