package be.sitegate.store;

import be.sitegate.testkit.Fixtures;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Fills a kiosk store quickly for the benchmarks: many rows per transaction, with the same columns
 * a registration and its outbox row get at the kiosk, so the store's indexes and its count
 * triggers see exactly what they would. History is ACCEPTED on earlier days (one day per 10,000
 * workers); the waiting records are PENDING today (workers 0 to {@code waiting - 1}) on the
 * fixtures' Gent site for its builder, oldest first, due at once.
 */
public final class BulkFill {

    private static final int PER_TRANSACTION = 20_000;
    private static final int WORKERS_PER_DAY = 10_000;

    private BulkFill() {
    }

    /** Adds {@code accepted} resolved records of past days and {@code waiting} of {@code today}, due at {@code now}. */
    public static void fill(KioskStore store, int accepted, int waiting, LocalDate today, Instant now) {
        insert(store, 0, accepted, true, today, now);
        insert(store, accepted, waiting, false, today, now);
    }

    private static void insert(KioskStore store, int offset, int n, boolean history, LocalDate today, Instant now) {
        for (int from = 0; from < n; from += PER_TRANSACTION) {
            int start = from;
            int end = Math.min(n, from + PER_TRANSACTION);
            store.database().write(c -> {
                try (PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox (client_reference, kind,"
                        + " status, attempts, next_attempt_at, receipt_number, created_at, updated_at)"
                        + " VALUES (?, 'REGISTRATION', ?, ?, ?, ?, ?, ?)");
                     PreparedStatement registration = c.prepareStatement("INSERT INTO registration (client_reference,"
                             + " workplace_id, worker_key, employer, registration_date, registered_at, method,"
                             + " display_name) VALUES (?, ?, ?, ?, ?, ?, 'EID_CARD', NULL)")) {
                    for (int i = start; i < end; i++) {
                        int index = offset + i;
                        String ref = String.format("BULK%020d", index);
                        LocalDate day = history ? today.minusDays(1 + i / WORKERS_PER_DAY) : today;
                        long at = history ? now.minusSeconds(86_400L * (1 + i / WORKERS_PER_DAY)).toEpochMilli()
                                : now.toEpochMilli() - n + i;
                        Rows.bind(outbox, ref, history ? "ACCEPTED" : "PENDING", history ? 1 : 0, at,
                                history ? String.valueOf(100_000_000_000L + index) : null, at, at);
                        outbox.addBatch();
                        Rows.bind(registration, ref, Fixtures.SITE.toString(),
                                Fixtures.worker(history ? i % WORKERS_PER_DAY : i).key(), Fixtures.BUILDER_NUMBER.toString(),
                                day.toString(), at);
                        registration.addBatch();
                    }
                    outbox.executeBatch();
                    registration.executeBatch();
                }
                return null;
            });
        }
    }
}
