package be.sitegate.simulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's SQLite file. WAL with {@code synchronous=FULL}: once a call has answered (or has
 * committed and then lost its connection) the registration survives a crash or restart, which is
 * exactly what the kiosk's resend-on-doubt relies on. One connection, guarded by this object's
 * monitor; {@link #inTransaction} groups a whole call into one commit.
 */
public final class SimulatorDatabase implements AutoCloseable {

    static final String FILE_NAME = "simulator.db";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRING_LIST = new TypeReference<>() { };

    private final Connection connection;

    private SimulatorDatabase(Connection connection) {
        this.connection = connection;
    }

    public static SimulatorDatabase open(Path dataDir) {
        try {
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(FILE_NAME).toAbsolutePath());
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=5000");
                for (String statement : schemaStatements()) {
                    s.execute(statement);
                }
            }
            return new SimulatorDatabase(c);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the simulator database in " + dataDir, e);
        }
    }

    private static List<String> schemaStatements() {
        try (InputStream in = SimulatorDatabase.class.getResourceAsStream("schema.sql")) {
            if (in == null) {
                throw new IllegalStateException("schema.sql resource missing");
            }
            StringBuilder withoutComments = new StringBuilder();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                int comment = line.indexOf("--");
                withoutComments.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
            }
            List<String> statements = new ArrayList<>();
            for (String s : withoutComments.toString().split(";")) {
                if (!s.isBlank()) {
                    statements.add(s.trim());
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Work that runs inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs {@code work} in one transaction: all of it is committed before this returns, or none. */
    public synchronized <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("database failure", e);
        }
    }

    public synchronized Optional<String> itemResult(String sender, String clientReference) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT result_json FROM item_result WHERE sender = ? AND client_reference = ?")) {
            ps.setString(1, sender);
            ps.setString(2, clientReference);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public synchronized void saveItemResult(String sender, String clientReference, String resultJson)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO item_result (sender, client_reference, result_json) VALUES (?, ?, ?)")) {
            ps.setString(1, sender);
            ps.setString(2, clientReference);
            ps.setString(3, resultJson);
            ps.executeUpdate();
        }
    }

    /** The next receipt number; the counter only grows, so none is ever reused. */
    public synchronized String nextReceiptNumber() throws SQLException {
        long value;
        try (Statement s = connection.createStatement();
                ResultSet rs = s.executeQuery("SELECT next_value FROM receipt_sequence WHERE name = 'presence'")) {
            rs.next();
            value = rs.getLong(1);
        }
        try (PreparedStatement ps = connection.prepareStatement(
                "UPDATE receipt_sequence SET next_value = ? WHERE name = 'presence'")) {
            ps.setLong(1, value + 1);
            ps.executeUpdate();
        }
        return Long.toString(value);
    }

    public synchronized void insert(StoredRegistration r) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("INSERT INTO registration (id, sender, "
                + "client_reference, workplace_id, registration_date, inss, limosa_id, company_id, direction, "
                + "event_timestamp, creation_date, channel, sector, status, remarks) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, r.id());
            ps.setString(2, r.sender());
            ps.setString(3, r.clientReference());
            ps.setString(4, r.workplaceId());
            ps.setString(5, r.registrationDate().toString());
            ps.setString(6, r.inss());
            ps.setString(7, r.limosaId());
            ps.setString(8, r.companyId());
            ps.setString(9, r.direction());
            ps.setString(10, r.timestamp());
            ps.setString(11, r.creationDate().toString());
            ps.setString(12, r.channel());
            ps.setInt(13, r.sector());
            ps.setString(14, r.status());
            ps.setString(15, toJson(r.remarks()));
            ps.executeUpdate();
        }
        addHistory(r.id(), r.creationDate(), r.status(), r.remarks());
    }

    public synchronized void updateStatus(String id, String status, Instant at) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE registration SET status = ? WHERE id = ?")) {
            ps.setString(1, status);
            ps.setString(2, id);
            ps.executeUpdate();
        }
        addHistory(id, at, status, List.of());
    }

    private void addHistory(String id, Instant at, String status, List<String> remarks) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO registration_history (registration_id, at, status, remarks) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, id);
            ps.setString(2, at.toString());
            ps.setString(3, status);
            ps.setString(4, toJson(remarks));
            ps.executeUpdate();
        }
    }

    public synchronized Optional<StoredRegistration> find(String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM registration WHERE id = ?")) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** A registration that is not cancelled, for the same person on the same workplace and day. */
    /**
     * The first not-cancelled registration of the same declaration: the same person, workplace and
     * day; for a Check In and Out event also the same direction and timestamp (a resend of one
     * event, not the next event of the day).
     */
    public synchronized Optional<String> sameDeclaration(String workplaceId, LocalDate date, String inss,
            String limosaId, String direction, String timestamp) throws SQLException {
        String personColumn = inss != null ? "inss" : "limosa_id";
        String event = direction != null ? " AND direction = ? AND event_timestamp = ?" : " AND direction IS NULL";
        try (PreparedStatement ps = connection.prepareStatement("SELECT id FROM registration WHERE workplace_id = ? "
                + "AND registration_date = ? AND " + personColumn + " = ? AND status <> ?" + event
                + " ORDER BY creation_date LIMIT 1")) {
            ps.setString(1, workplaceId);
            ps.setString(2, date.toString());
            ps.setString(3, inss != null ? inss : limosaId);
            ps.setString(4, StoredRegistration.SUCCESSFULLY_CANCELLED);
            if (direction != null) {
                ps.setString(5, direction);
                ps.setString(6, timestamp);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    public synchronized List<StoredRegistration.HistoryEntry> history(String id) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT at, status, remarks FROM registration_history WHERE registration_id = ? ORDER BY seq")) {
            ps.setString(1, id);
            List<StoredRegistration.HistoryEntry> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredRegistration.HistoryEntry(Instant.parse(rs.getString(1)), rs.getString(2),
                            fromJson(rs.getString(3))));
                }
            }
            return out;
        }
    }

    /** @param sender only this sender's registrations, or every sender's when null */
    public synchronized int count(String workplaceId, LocalDate from, LocalDate to, String sender)
            throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT COUNT(*) FROM registration "
                + "WHERE workplace_id = ? AND registration_date BETWEEN ? AND ? AND (? IS NULL OR sender = ?)")) {
            ps.setString(1, workplaceId);
            ps.setString(2, from.toString());
            ps.setString(3, to.toString());
            ps.setString(4, sender);
            ps.setString(5, sender);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** One page of a workplace's registrations in a period, oldest first; {@code sender} as in {@link #count}. */
    public synchronized List<StoredRegistration> search(String workplaceId, LocalDate from, LocalDate to,
            String sender, int offset, int limit) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT * FROM registration "
                + "WHERE workplace_id = ? AND registration_date BETWEEN ? AND ? AND (? IS NULL OR sender = ?) "
                + "ORDER BY registration_date, CAST(id AS INTEGER) LIMIT ? OFFSET ?")) {
            ps.setString(1, workplaceId);
            ps.setString(2, from.toString());
            ps.setString(3, to.toString());
            ps.setString(4, sender);
            ps.setString(5, sender);
            ps.setInt(6, limit);
            ps.setInt(7, offset);
            List<StoredRegistration> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(read(rs));
                }
            }
            return out;
        }
    }

    /** How many registrations exist with this sender and reference (tests check "exactly one"). */
    public synchronized int countByReference(String sender, String clientReference) {
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT COUNT(*) FROM registration WHERE sender = ? AND client_reference = ?")) {
            ps.setString(1, sender);
            ps.setString(2, clientReference);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public synchronized List<List<String>> remarksOfPerson(String workplaceId, LocalDate date, String inss) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT remarks FROM registration WHERE workplace_id = ?"
                + " AND registration_date = ? AND inss = ? AND status <> ? ORDER BY creation_date, id")) {
            ps.setString(1, workplaceId);
            ps.setString(2, date.toString());
            ps.setString(3, inss);
            ps.setString(4, StoredRegistration.SUCCESSFULLY_CANCELLED);
            List<List<String>> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(fromJson(rs.getString(1)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StoredRegistration read(ResultSet rs) throws SQLException {
        return new StoredRegistration(rs.getString("id"), rs.getString("sender"), rs.getString("client_reference"),
                rs.getString("workplace_id"), LocalDate.parse(rs.getString("registration_date")),
                rs.getString("inss"), rs.getString("limosa_id"), rs.getString("company_id"),
                rs.getString("direction"), rs.getString("event_timestamp"),
                Instant.parse(rs.getString("creation_date")), rs.getString("channel"), rs.getInt("sector"),
                rs.getString("status"), fromJson(rs.getString("remarks")));
    }

    private static String toJson(List<String> list) {
        try {
            return JSON.writeValueAsString(list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> fromJson(String json) {
        try {
            return JSON.readValue(json, STRING_LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
