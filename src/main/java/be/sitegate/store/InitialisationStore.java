package be.sitegate.store;

import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import be.sitegate.domain.Workplace;
import be.sitegate.domain.WorkplaceId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk's morning initialisations and the workplace details behind them. The details are kept
 * per workplace so that a morning without network can re-initialise from an earlier day.
 */
public final class InitialisationStore {

    private final Database db;

    public InitialisationStore(Database db) {
        this.db = db;
    }

    /** Stores the initialisation and refreshes the cached workplace details, in one transaction. */
    public void save(KioskInitialisation init) {
        db.write(c -> {
            saveWorkplace(c, init.workplace(), init.initialisedAt());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO kiosk_initialisation (workplace_id, contractor, initialised_by, initialised_at,"
                            + " expires_at, from_cache) VALUES (?, ?, ?, ?, ?, ?)")) {
                Rows.bind(ps, init.workplace().id().toString(), init.contractor().toString(), init.initialisedBy(),
                        init.initialisedAt().toEpochMilli(), init.expiresAt().toEpochMilli(), init.fromCache() ? 1 : 0);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void saveWorkplace(Connection c, Workplace w, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO workplace (workplace_id, address, sector, mode, updated_at) VALUES (?, ?, ?, ?, ?)"
                        + " ON CONFLICT (workplace_id) DO UPDATE SET address = excluded.address,"
                        + " sector = excluded.sector, mode = excluded.mode, updated_at = excluded.updated_at")) {
            Rows.bind(ps, w.id().toString(), w.address(), w.sector().code(), w.mode().name(), now.toEpochMilli());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM workplace_company WHERE workplace_id = ?")) {
            ps.setString(1, w.id().toString());
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO workplace_company (workplace_id, position, enterprise_number, name) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (Company company : w.companies()) {
                Rows.bind(ps, w.id().toString(), position++, company.enterpriseNumber().toString(), company.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /**
     * The site manager closed the kiosk's day: every initialisation still valid ends at {@code at},
     * so a restart later that day does not open the kiosk again by itself. The workplace details stay
     * for an offline morning.
     */
    public void endAt(Instant at) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE kiosk_initialisation SET expires_at = ? WHERE expires_at > ?")) {
                Rows.bind(ps, at.toEpochMilli(), at.toEpochMilli());
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The most recent initialisation, valid or not; the caller decides with {@link KioskInitialisation#isValidAt}. */
    public Optional<KioskInitialisation> latest() {
        return db.read(c -> latest(c, "SELECT * FROM kiosk_initialisation ORDER BY id DESC LIMIT 1"));
    }

    /**
     * The most recent initialisation of this workplace that the central service confirmed (not one
     * made from the cache): what an offline morning may reuse.
     */
    public Optional<KioskInitialisation> latestConfirmed(WorkplaceId workplace) {
        return db.read(c -> latest(c, "SELECT * FROM kiosk_initialisation WHERE workplace_id = ? AND from_cache = 0"
                + " ORDER BY id DESC LIMIT 1", workplace.toString()));
    }

    private static Optional<KioskInitialisation> latest(Connection c, String query, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query)) {
            Rows.bind(ps, args);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                Workplace workplace = workplace(c, WorkplaceId.parse(rs.getString("workplace_id"))).orElseThrow();
                return Optional.of(new KioskInitialisation(workplace,
                        EnterpriseNumber.parse(rs.getString("contractor")),
                        rs.getString("initialised_by"),
                        Instant.ofEpochMilli(rs.getLong("initialised_at")),
                        Instant.ofEpochMilli(rs.getLong("expires_at")),
                        rs.getInt("from_cache") == 1));
            }
        }
    }

    /** The details of a workplace this kiosk was initialised for before, if any. */
    public Optional<Workplace> cachedWorkplace(WorkplaceId id) {
        return db.read(c -> workplace(c, id));
    }

    private static Optional<Workplace> workplace(Connection c, WorkplaceId id) throws SQLException {
        String address;
        Sector sector;
        RegistrationMode mode;
        try (PreparedStatement ps = c.prepareStatement("SELECT * FROM workplace WHERE workplace_id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                address = rs.getString("address");
                sector = Sector.ofCode(rs.getInt("sector"));
                mode = RegistrationMode.valueOf(rs.getString("mode"));
            }
        }
        List<Company> companies = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT enterprise_number, name FROM workplace_company WHERE workplace_id = ? ORDER BY position")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    companies.add(new Company(EnterpriseNumber.parse(rs.getString(1)), rs.getString(2)));
                }
            }
        }
        return Optional.of(new Workplace(id, address, sector, mode, companies));
    }
}
