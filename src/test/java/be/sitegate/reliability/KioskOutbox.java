package be.sitegate.reliability;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A kiosk's SQLite store read from outside, as an auditor would read it after a crash: plain SELECTs
 * on its file, never through the kiosk's own classes, so a bug in those cannot hide what is stored.
 */
final class KioskOutbox {

    private final Path file;

    private KioskOutbox(Path file) {
        this.file = file;
    }

    static KioskOutbox of(Path file) {
        return new KioskOutbox(file);
    }

    /** References the service has not answered for yet: PENDING or SENT. */
    List<String> unsettled() {
        return references("SELECT client_reference FROM outbox WHERE status IN ('PENDING', 'SENT')"
                + " ORDER BY created_at", ps -> { });
    }

    /** References a send marked SENT at or after {@code since} and no answer settled: a call in flight. */
    List<String> sentSince(Instant since) {
        return references("SELECT client_reference FROM outbox WHERE status = 'SENT' AND updated_at >= ?",
                ps -> ps.setLong(1, since.toEpochMilli()));
    }

    /** Every outbox row's status by reference. */
    Map<String, String> statuses() {
        return query("SELECT client_reference, status FROM outbox", ps -> { }, rs -> {
            Map<String, String> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
            return out;
        });
    }

    /** How many times each record was sent (its outbox attempts), by reference. */
    Map<String, Integer> attempts() {
        return query("SELECT client_reference, attempts FROM outbox", ps -> { }, rs -> {
            Map<String, Integer> out = new LinkedHashMap<>();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
            }
            return out;
        });
    }

    /** The reference of the person's registration, if the store has one (any day, any workplace). */
    Optional<String> referenceOf(String inss) {
        List<String> refs = references("SELECT client_reference FROM registration WHERE worker_key = ?",
                ps -> ps.setString(1, "I:" + inss));
        return refs.stream().findFirst();
    }

    private List<String> references(String sql, Binder binder) {
        return query(sql, binder, rs -> {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        });
    }

    private <T> T query(String sql, Binder binder, Reader<T> reader) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            try (var s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=10000");
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                binder.bind(ps);
                try (ResultSet rs = ps.executeQuery()) {
                    return reader.read(rs);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the kiosk's store " + file + ": " + e.getMessage(), e);
        }
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
