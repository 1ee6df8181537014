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
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Maps rows to domain values and back; the one place that knows the column encodings. */
final class Rows {

    /** Outbox columns every record query selects alongside its own. */
    static final String DELIVERY_COLUMNS = "o.status, o.attempts, o.receipt_number, o.remarks, o.last_error, o.updated_at";
    static final String REGISTRATION_QUERY = "SELECT r.*, " + DELIVERY_COLUMNS
            + " FROM registration r JOIN outbox o ON o.client_reference = r.client_reference";
    static final String EVENT_QUERY = "SELECT e.*, " + DELIVERY_COLUMNS
            + " FROM presence_event e JOIN outbox o ON o.client_reference = e.client_reference";

    private Rows() {
    }

    static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Optional.ofNullable(rs.getString("receipt_number")),
                lines(rs.getString("remarks")),
                Optional.ofNullable(rs.getString("last_error")),
                Instant.ofEpochMilli(rs.getLong("updated_at")));
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

    /** Remarks are short service texts without newlines; one per line keeps them readable in the file. */
    static String joinLines(List<String> lines) {
        return String.join("\n", lines);
    }

    static List<String> lines(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
