package be.sitegate.store;

import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the central service's search last said about a workplace's day (all channels). */
public final class CentralPresenceStore {

    private final Database db;

    public CentralPresenceStore(Database db) {
        this.db = db;
    }

    /** Replaces the day's central view in one transaction, so the list never shows half a refresh. */
    public void replaceDay(WorkplaceId workplace, LocalDate day, List<CentralPresence> presences) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM central_presence WHERE workplace_id = ? AND presence_date = ?")) {
                Rows.bind(ps, workplace.toString(), day.toString());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT OR REPLACE INTO central_presence (receipt_number, workplace_id, worker_key, employer,"
                            + " presence_date, direction, at, channel, client_reference, status)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                for (CentralPresence p : presences) {
                    Rows.bind(ps, p.receiptNumber(), p.workplace().toString(), p.worker().key(),
                            Rows.text(p.employer()), p.date().toString(), p.direction().map(Enum::name).orElse(null),
                            p.timestamp().map(Instant::toEpochMilli).orElse(null), p.channel(),
                            Rows.text(p.clientReference()), p.status());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    public List<CentralPresence> forDay(WorkplaceId workplace, LocalDate day) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT * FROM central_presence WHERE workplace_id = ? AND presence_date = ?"
                            + " ORDER BY coalesce(at, 0), receipt_number")) {
                Rows.bind(ps, workplace.toString(), day.toString());
                List<CentralPresence> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long at = rs.getLong("at");
                        Optional<Instant> timestamp = rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(at));
                        out.add(new CentralPresence(rs.getString("receipt_number"), workplace,
                                WorkerId.fromKey(rs.getString("worker_key")), Rows.employer(rs), day,
                                Optional.ofNullable(rs.getString("direction")).map(Direction::valueOf), timestamp,
                                rs.getString("channel"),
                                Optional.ofNullable(rs.getString("client_reference")).map(ClientReference::new),
                                rs.getString("status")));
                    }
                }
                return out;
            }
        });
    }
}
