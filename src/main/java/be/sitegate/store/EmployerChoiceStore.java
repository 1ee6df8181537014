package be.sitegate.store;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/** Remembers which employer a worker picked on a workplace, so they never have to pick twice. */
public final class EmployerChoiceStore {

    private final Database db;
    private final Clock clock;

    public EmployerChoiceStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void remember(WorkerId worker, WorkplaceId workplace, EnterpriseNumber employer) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO employer_choice (worker_key, workplace_id, employer, chosen_at) VALUES (?, ?, ?, ?)"
                            + " ON CONFLICT (worker_key, workplace_id) DO UPDATE SET employer = excluded.employer,"
                            + " chosen_at = excluded.chosen_at")) {
                Rows.bind(ps, worker.key(), workplace.toString(), employer.toString(), clock.millis());
                ps.executeUpdate();
            }
            return null;
        });
    }

    public Optional<EnterpriseNumber> chosen(WorkerId worker, WorkplaceId workplace) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT employer FROM employer_choice WHERE worker_key = ? AND workplace_id = ?")) {
                Rows.bind(ps, worker.key(), workplace.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(EnterpriseNumber.parse(rs.getString(1))) : Optional.empty();
                }
            }
        });
    }
}
