package be.sitegate.reliability;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.WorkerId;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import org.sqlite.SQLiteConfig;

/**
 * Reads back what a store file holds, on a read-only connection of its own and straight from the
 * tables, not through the kiosk's code: so a test sees what a restored or restarted kiosk would
 * find, and a bug in the store's own read path cannot hide a loss.
 */
final class StoredRegistrations {

    private StoredRegistrations() {
    }

    /** Each registration's client reference, with the worker it is for. */
    static Map<ClientReference, WorkerId> in(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT client_reference, worker_key FROM registration")) {
            Map<ClientReference, WorkerId> found = new HashMap<>();
            while (rs.next()) {
                found.put(new ClientReference(rs.getString(1)), WorkerId.fromKey(rs.getString(2)));
            }
            return found;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read back " + file + ": " + e.getMessage(), e);
        }
    }

    /** How many of {@code acknowledged} the file no longer holds exactly so (same reference, same worker). */
    static int lost(Map<ClientReference, WorkerId> acknowledged, Map<ClientReference, WorkerId> stored) {
        return (int) acknowledged.entrySet().stream()
                .filter(e -> !e.getValue().equals(stored.get(e.getKey())))
                .count();
    }
}
