package be.sitegate.store;

import java.sql.Statement;

/**
 * A real write a little larger than a registration, undone inside its own transaction, which then
 * commits (a rolled-back transaction writes nothing to disk and would prove nothing). It succeeds
 * only if a registration could be stored now, so a kiosk that failed to store one can tell when it
 * works again without waiting for the next worker.
 *
 * <p>"Larger" matters twice. A write that allocates no new page passes on a full database, so the
 * probe allocates a fresh table and 64 KiB of overflow pages (17 pages; the freelist is empty when a
 * registration ran out of them). And on a full disk only the WAL file can fail to grow: a probe that
 * writes fewer WAL frames than the failed registration fits into the space that registration's
 * frames left behind and would report "works again" too early. A registration writes 7 frames,
 * this probe 19; {@code secure_delete} makes SQLite write the freed pages (zeroed) instead of
 * skipping them, so that count does not rest on an optimisation SQLite is free to change.
 *
 * <p>The table lives only inside the probe's transaction: no migration creates it, no other
 * connection ever sees it, and the commit leaves the schema as it was (the pages stay on the
 * freelist for the next registrations).
 */
public final class WriteProbe {

    static final int FILLER_BYTES = 64 * 1024;
    private static final String TABLE = "sitegate_write_probe";

    private final Database db;

    WriteProbe(Database db) {
        this.db = db;
    }

    /** Returns once the probe committed; throws the {@link StoreException} a registration would get. */
    public void run() {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA secure_delete = ON");
                try {
                    s.execute("CREATE TABLE " + TABLE + " (filler BLOB NOT NULL)");
                    s.execute("INSERT INTO " + TABLE + " (filler) VALUES (zeroblob(" + FILLER_BYTES + "))");
                    s.execute("DROP TABLE " + TABLE);
                } finally {
                    s.execute("PRAGMA secure_delete = OFF");
                }
            }
            return null;
        });
    }
}
