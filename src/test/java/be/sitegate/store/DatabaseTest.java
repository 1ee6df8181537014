package be.sitegate.store;

import be.sitegate.testkit.Fixtures;
import static be.sitegate.testkit.Fixtures.ANNA;
import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.registration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Fixtures.SEVEN_AM, ZoneOffset.UTC);

    @Test
    void createsTheFileAndItsFolderWithTheDurableSettings() throws Exception {
        Path file = dir.resolve("nested/folder/kiosk.db");
        try (Database db = Database.open(file)) {
            assertThat(file).exists();
            db.read(c -> {
                try (Statement s = c.createStatement()) {
                    assertThat(pragma(s, "journal_mode")).isEqualTo("wal");
                    assertThat(pragma(s, "synchronous")).isEqualTo("2"); // FULL
                    assertThat(pragma(s, "foreign_keys")).isEqualTo("1");
                    assertThat(pragma(s, "busy_timeout")).isEqualTo("5000");
                    assertThat(pragma(s, "user_version")).isEqualTo(String.valueOf(
                            Migrations.fromClasspath("be/sitegate/store/migrations").latestVersion()));
                }
                return null;
            });
        }
    }

    @Test
    void aCheckpointPutsWhatWasCommittedIntoTheDatabaseFileItself() throws Exception {
        Path file = dir.resolve("kiosk.db");
        try (KioskStore store = KioskStore.open(file, clock)) {
            store.registrations().register(registration(ANNA, SITE, DAY));
            // Committed, so in the WAL: the database file alone does not have it yet.
            assertThat(registeredInTheFileAlone(file, "before")).isFalse();

            store.outbox().checkpoint();

            assertThat(registeredInTheFileAlone(file, "after")).isTrue();
            assertThat(store.registrations().find(ANNA, SITE, DAY)).isPresent();
        }
    }

    /** Whether a copy of the database file without its WAL holds Anna's registration. */
    private boolean registeredInTheFileAlone(Path file, String name) throws Exception {
        Path copy = dir.resolve(name).resolve("kiosk.db");
        Files.createDirectories(copy.getParent());
        Files.copy(file, copy);
        try (KioskStore alone = KioskStore.open(copy, clock)) {
            return alone.registrations().find(ANNA, SITE, DAY).isPresent();
        }
    }

    @Test
    void aCheckpointOfAClosedStoreDoesNothing() {
        Database db = Database.open(dir.resolve("kiosk.db"));
        db.close();

        db.checkpoint(); // the forwarder may finish its exchange while the kiosk stops
    }

    @Test
    void aWriteInPartsIsOneTransactionWhenNobodyWaits() {
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE part_test (x INTEGER)");
                }
                return null;
            });

            assertThatThrownBy(() -> db.writeInParts(List.of(1, 2, 3), 1, (c, part) -> {
                if (part.get(0) == 3) {
                    throw new java.sql.SQLException("the third part fails");
                }
                insert(c, part.get(0));
            })).isInstanceOf(StoreException.class);

            assertThat(count(db)).isZero();
        }
    }

    @Test
    void aWriteInPartsLetsAWaitingWriterGoBetweenTwoParts() throws Exception {
        ExecutorService tap = Executors.newSingleThreadExecutor();
        try (Database db = Database.open(dir.resolve("kiosk.db"))) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TABLE part_test (x INTEGER)");
                }
                return null;
            });
            List<String> order = new java.util.concurrent.CopyOnWriteArrayList<>();
            java.util.concurrent.atomic.AtomicReference<Future<Integer>> tapsWrite =
                    new java.util.concurrent.atomic.AtomicReference<>();

            db.writeInParts(List.of(1, 2, 3), 1, (c, part) -> {
                insert(c, part.get(0));
                order.add("part " + part.get(0));
                if (part.get(0) == 1) {
                    // A tap comes to be stored while the first part is written, and waits.
                    tapsWrite.set(tap.submit(() -> db.write(tc -> {
                        order.add("tap");
                        return countIn(tc);
                    })));
                    while (!db.writersWaiting() && !tapsWrite.get().isDone()) { // done: it failed, get() says why
                        Thread.onSpinWait();
                    }
                }
            });

            assertThat(order).containsExactly("part 1", "tap", "part 2", "part 3");
            assertThat(tapsWrite.get().get(10, TimeUnit.SECONDS)).isEqualTo(1); // the first part, committed
            assertThat(count(db)).isEqualTo(3);
        } finally {
            tap.shutdownNow();
        }
    }

    private static void insert(java.sql.Connection c, int x) throws java.sql.SQLException {
        try (java.sql.PreparedStatement ps = c.prepareStatement("INSERT INTO part_test (x) VALUES (?)")) {
            ps.setInt(1, x);
            ps.executeUpdate();
        }
    }

    private static int count(Database db) {
        return db.read(DatabaseTest::countIn);
    }

    private static int countIn(java.sql.Connection c) throws java.sql.SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM part_test")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void whatWasCommittedIsThereAfterReopening() {
        Path file = dir.resolve("kiosk.db");
        String reference;
        try (KioskStore store = KioskStore.open(file, clock)) {
            reference = store.registrations().register(registration(ANNA, SITE, DAY)).registration().reference().value();
        }
        try (KioskStore store = KioskStore.open(file, clock)) {
            assertThat(store.registrations().find(ANNA, SITE, DAY))
                    .hasValueSatisfying(r -> assertThat(r.reference().value()).isEqualTo(reference));
            assertThat(store.outbox().counts().pending()).isEqualTo(1);
        }
    }

    @Test
    void migratesForwardFromAnEmptyFileAndFromEachEarlierVersion() throws Exception {
        Path file = dir.resolve("m.db");
        Migrations v1 = Migrations.of(List.of("CREATE TABLE a (x INTEGER);"));
        Migrations v2 = Migrations.of(List.of("CREATE TABLE a (x INTEGER);",
                "ALTER TABLE a ADD COLUMN y TEXT;\nCREATE TABLE b (z INTEGER);"));
        Database.open(file, v1).close();
        try (Database db = Database.open(file, v2)) {
            db.write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO a (x, y) VALUES (1, 'one')");
                    s.execute("INSERT INTO b (z) VALUES (2)");
                    assertThat(pragma(s, "user_version")).isEqualTo("2");
                }
                return null;
            });
        }
    }

    @Test
    void aFailingMigrationLeavesThePreviousVersionIntact() throws Exception {
        Path file = dir.resolve("m.db");
        Database.open(file, Migrations.of(List.of("CREATE TABLE a (x INTEGER);"))).close();
        Migrations broken = Migrations.of(List.of("CREATE TABLE a (x INTEGER);",
                "CREATE TABLE b (z INTEGER);\nTHIS IS NOT SQL;"));
        assertThatThrownBy(() -> Database.open(file, broken)).isInstanceOf(StoreException.class);
        try (Database db = Database.open(file, Migrations.of(List.of("CREATE TABLE a (x INTEGER);")))) {
            db.read(c -> {
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'b'")) {
                    assertThat(rs.getInt(1)).isZero();
                    assertThat(pragma(s, "user_version")).isEqualTo("1");
                }
                return null;
            });
        }
    }

    @Test
    void refusesAFileFromANewerSiteGate() {
        Path file = dir.resolve("m.db");
        Database.open(file, Migrations.of(List.of("CREATE TABLE a (x INTEGER);", "CREATE TABLE b (x INTEGER);"))).close();
        assertThatThrownBy(() -> Database.open(file, Migrations.of(List.of("CREATE TABLE a (x INTEGER);"))))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.NEWER_SCHEMA));
    }

    @Test
    void aReaderIsNotBlockedByAnOpenWriteTransaction() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            store.registrations().register(registration(ANNA, SITE, DAY));
            CountDownLatch writing = new CountDownLatch(1);
            CountDownLatch mayFinish = new CountDownLatch(1);
            Future<?> writer = pool.submit(() -> store.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("DELETE FROM employer_choice");
                }
                writing.countDown();
                awaitQuietly(mayFinish);
                return null;
            }));
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            Future<Integer> reader = pool.submit(() -> store.registrations().forDay(SITE, DAY).size());
            assertThat(reader.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            mayFinish.countDown();
            writer.get(10, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFullDiskIsReportedAsSuchAndLeavesNothingHalfWritten() {
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock)) {
            // SQLite's own page limit produces the same SQLITE_FULL a full file system does.
            store.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    int pages = Integer.parseInt(pragma(s, "page_count"));
                    s.execute("PRAGMA max_page_count = " + pages);
                }
                return null;
            });
            assertThatThrownBy(() -> {
                for (int i = 0; i < 10_000; i++) {
                    store.registrations().register(registration(Fixtures.worker(i), SITE, DAY));
                }
            }).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.DISK_FULL));
            int registrations = store.registrations().forDay(SITE, DAY).size();
            OutboxCounts counts = store.outbox().counts();
            assertThat(counts.pending()).isEqualTo(registrations);
        }
    }

    @Test
    void aFullDiskNamesSqliteFullTheFileAndTheFreeSpace() {
        Path file = dir.resolve("kiosk.db");
        try (KioskStore store = KioskStore.open(file, clock)) {
            store.database().write(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA max_page_count = " + pragma(s, "page_count"));
                }
                return null;
            });
            assertThatThrownBy(() -> {
                for (int i = 0; i < 10_000; i++) {
                    store.registrations().register(registration(Fixtures.worker(i), SITE, DAY));
                }
            }).isInstanceOfSatisfying(StoreException.class, e -> {
                assertThat(e.resultCode()).contains("SQLITE_FULL");
                assertThat(e.file()).contains(file);
                assertThat(e.usableBytes()).isPresent();
                assertThat(e.getMessage()).contains("SQLITE_FULL", "disk full", file.toString(), " MB free")
                        .doesNotContain(Fixtures.worker(0).key().substring(2));
            });
        }
    }

    @Test
    void aCorruptFileIsReportedAsCorrupt() throws Exception {
        Path file = dir.resolve("kiosk.db");
        Files.write(file, "this is not a database, it was overwritten by something else".repeat(200).getBytes());
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.reason()).isEqualTo(StoreException.Reason.CORRUPT));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String pragma(Statement s, String name) throws java.sql.SQLException {
        try (ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
