package be.sitegate.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Looks at a store file without changing it: on a read-only connection of its own, so it can run
 * while the kiosk has the file open (WAL lets a reader see a consistent snapshot beside the writer),
 * and without the kiosk's data-folder lock. For {@code sitegate doctor} and for checking a backup.
 * A damaged or foreign file is a finding here, never an exception.
 */
public final class StoreInspection {

    /** How thoroughly to check the pages. */
    public enum Depth {
        /** {@code PRAGMA quick_check}: every page once, about 0.1 s for 100,000 registrations. */
        QUICK,
        /** {@code PRAGMA integrity_check}: also compares every index with its table; for a backup. */
        FULL
    }

    /**
     * What the file holds.
     *
     * @param problems what the integrity check found (empty when intact); a file SQLite cannot read names why
     * @param oldestWaiting when the oldest record still on its way was stored
     * @param newestRegistration when the newest registration or event was made
     */
    public record Report(
            List<String> problems,
            int schemaVersion,
            int registrations,
            int events,
            OutboxCounts outbox,
            Optional<Instant> oldestWaiting,
            Optional<Instant> newestRegistration) {

        public Report {
            problems = List.copyOf(problems);
        }

        public boolean intact() {
            return problems.isEmpty();
        }

        static Report unreadable(String why) {
            return new Report(List.of(why), 0, 0, 0, OutboxCounts.NONE, Optional.empty(), Optional.empty());
        }
    }

    private StoreInspection() {
    }

    /** The schema version this SiteGate writes: a backup with another one needs another SiteGate to open it. */
    public static int knownSchemaVersion() {
        return Migrations.fromClasspath("be/sitegate/store/migrations").latestVersion();
    }

    public static Report inspect(Path file, Depth depth) {
        if (!Files.isRegularFile(file)) {
            return Report.unreadable("no such file: " + file);
        }
        try (Connection c = readOnly(file)) {
            List<String> problems = check(c, depth);
            if (!problems.isEmpty()) {
                return new Report(problems, 0, 0, 0, OutboxCounts.NONE, Optional.empty(), Optional.empty());
            }
            int version = Migrations.userVersion(c);
            if (version == 0) {
                return Report.unreadable("not a SiteGate store (schema version 0, no tables)");
            }
            return new Report(List.of(), version, count(c, "registration"), count(c, "presence_event"), counts(c),
                    instant(c, "SELECT min(created_at) FROM outbox WHERE status IN ('PENDING', 'SENT')"),
                    instant(c, "SELECT max(t) FROM (SELECT max(registered_at) t FROM registration"
                            + " UNION ALL SELECT max(at) FROM presence_event)"));
        } catch (SQLException e) {
            return Report.unreadable(StoreFaults.codeName(e) + ": " + e.getMessage());
        }
    }

    static Connection readOnly(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setOpenMode(SQLiteOpenMode.READONLY);
        config.setBusyTimeout(5_000);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    private static List<String> check(Connection c, Depth depth) throws SQLException {
        List<String> problems = new ArrayList<>();
        String pragma = depth == Depth.FULL ? "PRAGMA integrity_check(20)" : "PRAGMA quick_check(20)";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(pragma)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (!"ok".equals(line)) {
                    problems.add(line);
                }
            }
        }
        return problems;
    }

    private static int count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    private static OutboxCounts counts(Connection c) throws SQLException {
        int[] n = new int[5];
        int toAcknowledge = 0;
        List<String> order = List.of("PENDING", "SENT", "ACCEPTED", "REJECTED", "EXPIRED");
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT status, count(*),"
                + " count(*) FILTER (WHERE status IN ('REJECTED', 'EXPIRED') AND acknowledged_at IS NULL)"
                + " FROM outbox GROUP BY status")) {
            while (rs.next()) {
                int i = order.indexOf(rs.getString(1));
                if (i >= 0) {
                    n[i] = rs.getInt(2);
                }
                toAcknowledge += rs.getInt(3);
            }
        }
        return new OutboxCounts(n[0], n[1], n[2], n[3], n[4], toAcknowledge);
    }

    private static Optional<Instant> instant(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            if (rs.next()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
            }
            return Optional.empty();
        }
    }
}
