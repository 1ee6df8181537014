package be.sitegate.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Forward-only schema migrations kept as SQL resources {@code V001.sql, V002.sql, ...}, applied in
 * order; the schema version lives in {@code PRAGMA user_version}. Each migration and its version bump
 * are one transaction, so a crash mid-migration leaves the previous version intact. We use the
 * pragma rather than Flyway: a handful of scripts on one embedded file do not need a library that
 * would add its own history table and start-up cost to a kiosk.
 */
final class Migrations {

    private final List<String> scripts;

    private Migrations(List<String> scripts) {
        this.scripts = List.copyOf(scripts);
    }

    static Migrations of(List<String> scripts) {
        return new Migrations(scripts);
    }

    /** Reads {@code folder/V001.sql}, {@code V002.sql}, ... until the first missing number. */
    static Migrations fromClasspath(String folder) {
        List<String> found = new ArrayList<>();
        ClassLoader loader = Migrations.class.getClassLoader();
        for (int n = 1; ; n++) {
            String name = String.format("%s/V%03d.sql", folder, n);
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null) {
                    break;
                }
                found.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read migration " + name, e);
            }
        }
        return new Migrations(found);
    }

    int latestVersion() {
        return scripts.size();
    }

    void apply(Connection c) throws SQLException {
        int current = userVersion(c);
        if (current > scripts.size()) {
            throw new StoreException(StoreException.Reason.NEWER_SCHEMA,
                    "the store has schema version " + current + " but this SiteGate knows only up to "
                            + scripts.size() + "; install the newer SiteGate again", null);
        }
        if (current == scripts.size()) {
            return;
        }
        // A table rebuild (SQLite's way to change a constraint) drops a parent table: foreign keys
        // must be off for that, which SQLite allows only outside a transaction; each migration checks
        // them itself before it commits.
        setForeignKeys(c, false);
        try {
            for (int v = current + 1; v <= scripts.size(); v++) {
                applyOne(c, v, scripts.get(v - 1));
            }
        } finally {
            setForeignKeys(c, true);
        }
    }

    private static void applyOne(Connection c, int version, String script) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String statement : statements(script)) {
                s.execute(statement);
            }
            try (ResultSet broken = s.executeQuery("PRAGMA foreign_key_check")) {
                if (broken.next()) {
                    throw new SQLException("migration " + version + " leaves a row of " + broken.getString(1)
                            + " without its " + broken.getString(3));
                }
            }
            s.execute("PRAGMA user_version = " + version);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void setForeignKeys(Connection c, boolean on) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys = " + (on ? "ON" : "OFF"));
        }
    }

    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /**
     * Splits a script on semicolons at line ends. A {@code CREATE TRIGGER} statement holds its own
     * semicolons and ends only at its {@code END;} line.
     */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            boolean inTrigger = current.toString().stripLeading().toUpperCase(java.util.Locale.ROOT)
                    .startsWith("CREATE TRIGGER");
            if (trimmed.endsWith(";") && (!inTrigger || trimmed.equalsIgnoreCase("END;"))) {
                out.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
