package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Checkinatwork registrations: one per person, workplace and day, each with its outbox row. */
public final class RegistrationStore {

    private final Database db;
    private final Clock clock;

    public RegistrationStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Stores the registration and its outbox row in one transaction and returns once that is on disk.
     * If this person is already registered on this workplace for that day, returns that registration
     * and creates nothing (the IMMEDIATE transaction makes the check and the insert atomic); the
     * reference the caller brought is then unused. A reference already in the store fails on the
     * primary key and stores nothing: two records must never share what the service de-duplicates on.
     */
    public RegisterResult register(NewRegistration r) {
        return db.write(c -> register(c, r));
    }

    /**
     * What {@link #register} does, and reading the new registration back, in a transaction that is
     * rolled back: nothing is stored. For the warm-up before the kiosk takes taps.
     */
    void rehearse(NewRegistration r) {
        db.rehearse(c -> {
            register(c, r);
            return find(c, r.worker(), r.workplace(), r.date());
        });
    }

    private RegisterResult register(Connection c, NewRegistration r) throws SQLException {
        Optional<Registration> existing = find(c, r.worker(), r.workplace(), r.date());
        if (existing.isPresent()) {
            return new RegisterResult(existing.get(), false);
        }
        ClientReference ref = r.reference();
        OutboxStore.insertPending(c, ref, "REGISTRATION", clock.instant());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO registration (client_reference, workplace_id, worker_key, employer, registration_date,"
                        + " registered_at, method, display_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            Rows.bind(ps, ref.value(), r.workplace().toString(), r.worker().key(), Rows.text(r.employer()),
                    r.date().toString(), r.at().toEpochMilli(), r.method().name(), r.displayName().orElse(null));
            ps.executeUpdate();
        }
        Registration created = new Registration(ref, r.workplace(), r.worker(), r.employer(), r.date(), r.at(),
                r.method(), r.displayName(), Delivery.pending(clock.instant()));
        return new RegisterResult(created, true);
    }

    public Optional<Registration> find(WorkerId worker, WorkplaceId workplace, LocalDate date) {
        return db.read(c -> find(c, worker, workplace, date));
    }

    public Optional<Registration> find(ClientReference reference) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(Rows.REGISTRATION_QUERY + " WHERE r.client_reference = ?")) {
                ps.setString(1, reference.value());
                return single(ps);
            }
        });
    }

    /** Every registration of this workplace and day, in the order they were made. */
    public List<Registration> forDay(WorkplaceId workplace, LocalDate date) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(Rows.REGISTRATION_QUERY
                    + " WHERE r.workplace_id = ? AND r.registration_date = ? ORDER BY r.registered_at")) {
                Rows.bind(ps, workplace.toString(), date.toString());
                List<Registration> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Rows.registration(rs));
                    }
                }
                return out;
            }
        });
    }

    /** Registrations of this workplace, of any day, refused or not sent in time and not acknowledged; oldest first. */
    public List<Registration> needingAttention(WorkplaceId workplace) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(Rows.REGISTRATION_QUERY
                    + " WHERE r.workplace_id = ? AND " + Rows.NEEDS_ATTENTION + " ORDER BY r.registered_at")) {
                ps.setString(1, workplace.toString());
                List<Registration> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(Rows.registration(rs));
                    }
                }
                return out;
            }
        });
    }

    private static Optional<Registration> find(Connection c, WorkerId worker, WorkplaceId workplace, LocalDate date)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(Rows.REGISTRATION_QUERY
                + " WHERE r.worker_key = ? AND r.workplace_id = ? AND r.registration_date = ?")) {
            Rows.bind(ps, worker.key(), workplace.toString(), date.toString());
            return single(ps);
        }
    }

    private static Optional<Registration> single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(Rows.registration(rs)) : Optional.empty();
        }
    }
}
