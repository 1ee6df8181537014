package be.sitegate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes what the kiosk no longer needs to keep: registrations and events that are <em>resolved</em>
 * and whose day and resolution both lie more than the retention period back (docs/OPERATIONS.md).
 *
 * <p>Resolved means the record's journey is over and nobody has anything left to do about it:
 * <ul>
 *   <li>ACCEPTED: the service gave a receipt (a cancellation later withdrawn at the service leaves
 *       it ACCEPTED here too), counted from when the receipt was stored;</li>
 *   <li>REJECTED or EXPIRED (not sent in time) <em>and acknowledged</em> by someone at the kiosk,
 *       counted from the acknowledgement.</li>
 * </ul>
 * PENDING and SENT (still on their way) and unacknowledged REJECTED or EXPIRED records are never
 * deleted, however old. With a record go its queue row and remarks, and the corrections made to it;
 * the central service's copies of days older than the period and corrections of records that are
 * no longer here go too. Badge links go as soon as they are revoked or ended (a link is only
 * kept so its badge can register its worker; once it cannot, nothing is gained by keeping it).
 *
 * <p>Work is done in small transactions so that a worker's tap never waits behind a long purge.
 */
public final class RetentionPurge {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionPurge.class);
    /** Records per transaction: a few milliseconds of the write lock each. */
    static final int BATCH = 500;

    private static final String RESOLVED = "((o.status = 'ACCEPTED' AND o.updated_at < ?)"
            + " OR (o.status IN ('REJECTED', 'EXPIRED') AND o.acknowledged_at IS NOT NULL AND o.acknowledged_at < ?))";

    private final Database db;
    private final Clock clock;
    private final ZoneId zone;

    public RetentionPurge(Database db, Clock clock, ZoneId zone) {
        this.db = db;
        this.clock = clock;
        this.zone = zone;
    }

    /** What one purge deleted. */
    public record Purged(int registrations, int events, int corrections, int centralCopies, int badgeLinks) {

        public int records() {
            return registrations + events;
        }
    }

    /** Deletes what has been resolved for more than {@code days} days; returns what went. */
    public Purged run(int days) {
        if (days < 1) {
            throw new IllegalArgumentException("a retention of " + days + " days");
        }
        long cutoff = clock.instant().minus(Duration.ofDays(days)).toEpochMilli();
        String cutoffDay = LocalDate.ofInstant(clock.instant(), zone).minusDays(days).toString();
        int registrations = purgeBatches("registration", "registration_date", cutoff, cutoffDay);
        int events = purgeBatches("presence_event", "event_date", cutoff, cutoffDay);
        int[] rest = db.write(c -> new int[] {
            update(c, "DELETE FROM correction WHERE day < ? AND at < ?"
                    + " AND client_reference NOT IN (SELECT client_reference FROM outbox)", cutoffDay, cutoff),
            update(c, "DELETE FROM central_presence WHERE presence_date < ?", cutoffDay),
            BadgeLinkStore.purgeEnded(c, clock.millis())});
        Purged purged = new Purged(registrations, events, rest[0], rest[1], rest[2]);
        if (purged.records() + purged.corrections() + purged.centralCopies() + purged.badgeLinks() > 0) {
            LOG.info("retention ({} days): deleted {} registrations, {} events, {} corrections, {} central copies,"
                    + " {} ended badge links", days, registrations, events, purged.corrections(),
                    purged.centralCopies(), purged.badgeLinks());
        }
        return purged;
    }

    private int purgeBatches(String table, String dayColumn, long cutoff, String cutoffDay) {
        int total = 0;
        while (true) {
            int n = db.write(c -> purgeOneBatch(c, table, dayColumn, cutoff, cutoffDay));
            total += n;
            if (n < BATCH) {
                return total;
            }
        }
    }

    private static int purgeOneBatch(Connection c, String table, String dayColumn, long cutoff, String cutoffDay)
            throws SQLException {
        List<String> refs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.client_reference FROM " + table + " r"
                + " JOIN outbox o ON o.client_reference = r.client_reference"
                + " WHERE r." + dayColumn + " < ? AND " + RESOLVED + " LIMIT " + BATCH)) {
            Rows.bind(ps, cutoffDay, cutoff, cutoff);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    refs.add(rs.getString(1));
                }
            }
        }
        // The record first (it refers to its queue row), then what hangs on the queue row, then the row.
        for (String sql : new String[] {
            "DELETE FROM " + table + " WHERE client_reference = ?",
            "DELETE FROM correction WHERE client_reference = ?",
            "DELETE FROM outbox_remark WHERE client_reference = ?",
            "DELETE FROM outbox WHERE client_reference = ?"}) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (String ref : refs) {
                    ps.setString(1, ref);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
        return refs.size();
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Rows.bind(ps, values);
            return ps.executeUpdate();
        }
    }
}
