package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Correction;
import be.sitegate.domain.WorkplaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The log of corrections: appended when made, read per workplace and day. */
public final class CorrectionStore {

    private final Database db;

    public CorrectionStore(Database db) {
        this.db = db;
    }

    public void append(Correction c) {
        db.write(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("INSERT INTO correction (at, actor, kind, client_reference,"
                    + " workplace_id, day, detail, outcome, outcome_detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Rows.bind(ps, c.at().toEpochMilli(), c.actor(), c.kind().name(), c.reference().value(),
                        c.workplace().toString(), c.day().toString(), c.detail().orElse(null), c.outcome().name(),
                        c.outcomeDetail().orElse(null));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The corrections made to records of that workplace and day, oldest first. */
    public List<Correction> forDay(WorkplaceId workplace, LocalDate day) {
        return db.read(conn -> {
            try (PreparedStatement ps = conn.prepareStatement("SELECT at, actor, kind, client_reference, detail, outcome,"
                    + " outcome_detail FROM correction WHERE workplace_id = ? AND day = ? ORDER BY id")) {
                Rows.bind(ps, workplace.toString(), day.toString());
                List<Correction> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Correction(Instant.ofEpochMilli(rs.getLong(1)), rs.getString(2),
                                Correction.Kind.valueOf(rs.getString(3)), new ClientReference(rs.getString(4)),
                                workplace, day, Optional.ofNullable(rs.getString(5)),
                                Correction.Outcome.valueOf(rs.getString(6)), Optional.ofNullable(rs.getString(7))));
                    }
                }
                return out;
            }
        });
    }
}
