package be.sitegate.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

/**
 * The outbox's counts as the summary made them before V007, by a GROUP BY over every row: what the
 * kept counts must always equal (OutboxCountsTest), and what they are timed against (OutboxPathBenchmark).
 */
final class CountedByScan {

    private static final List<String> STATES = List.of("PENDING", "SENT", "ACCEPTED", "REJECTED", "EXPIRED");

    private CountedByScan() {
    }

    static OutboxCounts of(KioskStore store) {
        return store.database().read(c -> {
            int[] n = new int[6];
            try (PreparedStatement ps = c.prepareStatement("SELECT status, count(*), count(*) FILTER (WHERE status IN"
                    + " ('REJECTED', 'EXPIRED') AND acknowledged_at IS NULL) FROM outbox GROUP BY status");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n[STATES.indexOf(rs.getString(1))] = rs.getInt(2);
                    n[5] += rs.getInt(3);
                }
            }
            return new OutboxCounts(n[0], n[1], n[2], n[3], n[4], n[5]);
        });
    }
}
