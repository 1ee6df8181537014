package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.Withdrawal;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Maps rows to domain values and back; the one place that knows the column encodings. */
final class Rows {

    /** Outbox columns every record query selects alongside its own. */
    static final String DELIVERY_COLUMNS = "o.status, o.attempts, o.receipt_number, o.last_error, o.updated_at,"
            + " o.acknowledged_at, o.service_employer, o.withdrawn_at, o.withdrawn_reason, (SELECT group_concat(coalesce(m.code, '') || char(31) || m.text, char(30)"
            + " ORDER BY m.position) FROM outbox_remark m WHERE m.client_reference = o.client_reference) AS remarks";
    private static final String FIELD = String.valueOf((char) 31);
    private static final String ENTRY = String.valueOf((char) 30);
    static final String REGISTRATION_QUERY = "SELECT r.*, " + DELIVERY_COLUMNS
            + " FROM registration r JOIN outbox o ON o.client_reference = r.client_reference";
    /** Refused or not sent in time, and nobody has acknowledged it yet: what the foreman must look at. */
    static final String NEEDS_ATTENTION = "o.status IN ('REJECTED', 'EXPIRED') AND o.acknowledged_at IS NULL";
    static final String EVENT_QUERY = "SELECT e.*, " + DELIVERY_COLUMNS
            + " FROM presence_event e JOIN outbox o ON o.client_reference = e.client_reference";

    private Rows() {
    }

    static Delivery delivery(ResultSet rs) throws SQLException {
        String withdrawnReason = rs.getString("withdrawn_reason");
        return new Delivery(
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Optional.ofNullable(rs.getString("receipt_number")),
                remarks(rs.getString("remarks")),
                Optional.ofNullable(rs.getString("last_error")),
                Instant.ofEpochMilli(rs.getLong("updated_at")),
                optionalInstant(rs, "acknowledged_at"),
                Optional.ofNullable(rs.getString("service_employer")).map(EnterpriseNumber::parse),
                optionalInstant(rs, "withdrawn_at").map(at -> new Withdrawal(at, withdrawnReason)));
    }

    static Registration registration(ResultSet rs) throws SQLException {
        return new Registration(
                new ClientReference(rs.getString("client_reference")),
                WorkplaceId.parse(rs.getString("workplace_id")),
                WorkerId.fromKey(rs.getString("worker_key")),
                employer(rs),
                LocalDate.parse(rs.getString("registration_date")),
                Instant.ofEpochMilli(rs.getLong("registered_at")),
                IdentificationMethod.valueOf(rs.getString("method")),
                Optional.ofNullable(rs.getString("display_name")),
                delivery(rs));
    }

    static PresenceEvent event(ResultSet rs) throws SQLException {
        String reason = rs.getString("out_reason");
        return new PresenceEvent(
                new ClientReference(rs.getString("client_reference")),
                WorkplaceId.parse(rs.getString("workplace_id")),
                WorkerId.fromKey(rs.getString("worker_key")),
                employer(rs),
                Direction.valueOf(rs.getString("direction")),
                Optional.ofNullable(reason).map(OutReason::valueOf),
                Instant.ofEpochMilli(rs.getLong("at")),
                IdentificationMethod.valueOf(rs.getString("method")),
                Optional.ofNullable(rs.getString("display_name")),
                delivery(rs));
    }

    static Optional<EnterpriseNumber> employer(ResultSet rs) throws SQLException {
        return Optional.ofNullable(rs.getString("employer")).map(EnterpriseNumber::parse);
    }

    static String text(Optional<?> value) {
        return value.map(Object::toString).orElse(null);
    }

    /** The {@code remarks} column of {@link #DELIVERY_COLUMNS}: entries of code and text, in order. */
    private static List<ServiceRemark> remarks(String joined) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        List<ServiceRemark> out = new ArrayList<>();
        for (String entry : joined.split(ENTRY, -1)) {
            int split = entry.indexOf(FIELD);
            String code = entry.substring(0, split);
            out.add(new ServiceRemark(code.isEmpty() ? Optional.empty() : Optional.of(code), entry.substring(split + 1)));
        }
        return out;
    }

    /**
     * Writes a record's remarks in place of any it had. Control characters are dropped: the texts come
     * from the network and end up on a screen, and two of them separate the fields when read back.
     */
    static void replaceRemarks(Connection c, String reference, List<ServiceRemark> remarks) throws SQLException {
        try (RemarkWriter writer = new RemarkWriter(c)) {
            writer.replace(reference, remarks);
        }
    }

    /** {@link #replaceRemarks} for many records in one transaction, with its two statements prepared once. */
    static final class RemarkWriter implements AutoCloseable {

        private final PreparedStatement delete;
        private final PreparedStatement insert;

        RemarkWriter(Connection c) throws SQLException {
            delete = c.prepareStatement("DELETE FROM outbox_remark WHERE client_reference = ?");
            try {
                insert = c.prepareStatement(
                        "INSERT INTO outbox_remark (client_reference, position, code, text) VALUES (?, ?, ?, ?)");
            } catch (SQLException e) {
                delete.close();
                throw e;
            }
        }

        void replace(String reference, List<ServiceRemark> remarks) throws SQLException {
            delete.setString(1, reference);
            delete.executeUpdate();
            if (remarks.isEmpty()) {
                return;
            }
            for (int i = 0; i < remarks.size(); i++) {
                ServiceRemark r = remarks.get(i);
                bind(insert, reference, i, r.code().map(Rows::printable).orElse(null), printable(r.text()));
                insert.addBatch();
            }
            insert.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            try {
                delete.close();
            } finally {
                insert.close();
            }
        }
    }

    private static String printable(String text) {
        return text.replaceAll("\\p{Cntrl}", " ");
    }

    static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        return optionalInstant(rs, rs.findColumn(column));
    }

    static Optional<Instant> optionalInstant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(v));
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
