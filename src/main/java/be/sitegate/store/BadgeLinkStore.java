package be.sitegate.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The badge links of a workplace (table {@code badge_link}, V008): found by the badge's keyed
 * fingerprint, listed, revoked and restored for the site manager, and deleted once ended by the
 * retention purge. The fingerprint is computed by the caller; this store never sees a UID.
 */
public final class BadgeLinkStore {

    private static final String COLUMNS = "id, workplace_id, worker_key, display_name, photo, created_at, expires_at,"
            + " revoked_at";

    private final Database db;

    public BadgeLinkStore(Database db) {
        this.db = db;
    }

    /** One stored link; times in epoch milliseconds, {@code revokedAt} 0 when never revoked. */
    public record Row(long id, String workplaceId, String workerKey, String displayName, Optional<byte[]> photo,
            long createdAt, long expiresAt, long revokedAt) {
    }

    /**
     * Links {@code fingerprint} to the worker, in one transaction: the badge's earlier link (to
     * whoever held it before) and the worker's earlier badge on this workplace both go.
     */
    public long link(String workplaceId, byte[] fingerprint, String workerKey, String displayName,
            Optional<byte[]> photo, long createdAt, long expiresAt) {
        return db.write(c -> {
            update(c, "DELETE FROM badge_link WHERE workplace_id = ? AND (fingerprint = ? OR worker_key = ?)",
                    workplaceId, fingerprint, workerKey);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO badge_link (workplace_id, fingerprint,"
                    + " worker_key, display_name, photo, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                Rows.bind(ps, workplaceId, fingerprint, workerKey, displayName, photo.orElse(null), createdAt,
                        expiresAt);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT last_insert_rowid()");
                    ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /** The link of this badge on this workplace that is neither revoked nor ended at {@code now}. */
    public Optional<Row> active(String workplaceId, byte[] fingerprint, long now) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM badge_link"
                    + " WHERE workplace_id = ? AND fingerprint = ? AND revoked_at IS NULL AND expires_at > ?")) {
                Rows.bind(ps, workplaceId, fingerprint, now);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(row(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Every link of the workplace, revoked and ended ones included until the purge takes them, by name. */
    public List<Row> all(String workplaceId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM badge_link"
                    + " WHERE workplace_id = ? ORDER BY display_name COLLATE NOCASE, id")) {
                Rows.bind(ps, workplaceId);
                List<Row> rows = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
                return rows;
            }
        });
    }

    /** The badge no longer registers anyone from {@code at} on; true when the link was active. */
    public boolean revoke(long id, long at) {
        return db.write(c -> update(c, "UPDATE badge_link SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL",
                at, id) == 1);
    }

    /** The site manager's undo of a revocation, while the purge has not taken the link yet. */
    public boolean restore(long id) {
        return db.write(c -> update(c, "UPDATE badge_link SET revoked_at = NULL WHERE id = ? AND revoked_at IS NOT NULL",
                id) == 1);
    }

    /** Deletes the links revoked or ended before {@code cutoff}; returns how many. */
    static int purgeEnded(Connection c, long cutoff) throws SQLException {
        return update(c, "DELETE FROM badge_link WHERE expires_at <= ? OR revoked_at <= ?", cutoff, cutoff);
    }

    private static Row row(ResultSet rs) throws SQLException {
        byte[] photo = rs.getBytes(5);
        return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                Optional.ofNullable(photo), rs.getLong(6), rs.getLong(7), rs.getLong(8));
    }

    private static int update(Connection c, String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            Rows.bind(ps, values);
            return ps.executeUpdate();
        }
    }
}
