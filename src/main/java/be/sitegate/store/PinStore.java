package be.sitegate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/**
 * The PIN's hash and its count of wrong tries, in the store so that a restart keeps a lock. Never
 * the PIN itself.
 */
public final class PinStore {

    private final Database db;

    public PinStore(Database db) {
        this.db = db;
    }

    /** The stored hash and the state of the wrong tries. */
    public record State(Optional<String> hash, int failures, Optional<Instant> lockedUntil) {
    }

    public State state() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT hash, failures, locked_until FROM pin WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                long locked = rs.getLong(3);
                return new State(Optional.ofNullable(rs.getString(1)), rs.getInt(2),
                        rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(locked)));
            }
        });
    }

    /** A new PIN: its hash replaces the old one and the wrong tries start again. */
    public void setHash(String hash, Instant at) {
        update("UPDATE pin SET hash = ?, set_at = ?, failures = 0, locked_until = NULL WHERE id = 1", hash,
                at.toEpochMilli());
    }

    public void recordFailure(int failures, Optional<Instant> lockedUntil) {
        update("UPDATE pin SET failures = ?, locked_until = ? WHERE id = 1", failures,
                lockedUntil.map(Instant::toEpochMilli).orElse(null));
    }

    public void recordSuccess() {
        update("UPDATE pin SET failures = 0, locked_until = NULL WHERE id = 1");
    }

    private void update(String sql, Object... values) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                Rows.bind(ps, values);
                ps.executeUpdate();
            }
            return null;
        });
    }
}
