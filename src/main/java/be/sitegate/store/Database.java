package be.sitegate.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * One SQLite file, opened for durability: WAL journal with {@code synchronous=FULL} (a committed
 * transaction survives power loss), foreign keys on, a busy timeout. Writes go through one
 * connection in {@code BEGIN IMMEDIATE} transactions, serialised by a lock; reads use two more
 * connections, so a reader never waits for a writer (WAL) and a worker's tap does not wait behind the
 * forwarder reading its next batch. A method that returns after {@link #write} has committed to disk.
 *
 * <p>A fourth connection only copies the WAL back into the database file ({@link #checkpoint}), for
 * the outbox forwarder between its exchanges. Left to SQLite, that copy runs inside whichever commit
 * takes the WAL past 1,000 pages, and during a drain that was now and then a worker's tap (one in six
 * checkpoints of a 20,000-item drain, 10-27 ms more for that tap on a loaded machine). SQLite's own
 * automatic checkpoint stays as it is, for when nobody calls {@link #checkpoint}; while the forwarder
 * runs, the WAL does not reach it (about 500 pages between two of its checkpoints).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 5_000;

    static final int READERS = 2;

    private final Path file;
    private final Connection writer;
    private final List<Connection> readers;
    /** Only for {@link #checkpoint}, under {@link #checkpointLock}; never for a read or a write. */
    private final Connection checkpointer;
    private final ReentrantLock checkpointLock = new ReentrantLock();
    /** The read connections not in use; a read takes one and gives it back. */
    private final BlockingQueue<Connection> idleReaders;
    /**
     * Fair, so that a writer that had to wait goes next when the holder lets go in the middle of a
     * long write ({@link #writeInParts}) instead of the holder taking the lock straight back.
     */
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private volatile boolean closed;

    private Database(Path file, Connection writer, List<Connection> readers, Connection checkpointer) {
        this.file = file;
        this.writer = writer;
        this.checkpointer = checkpointer;
        this.readers = List.copyOf(readers);
        this.idleReaders = new ArrayBlockingQueue<>(readers.size(), false, readers);
    }

    /** Opens (creating if needed) the database at {@code file} and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, Migrations.fromClasspath("be/sitegate/store/migrations"));
    }

    static Database open(Path file, Migrations migrations) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                PrivateFiles.createFolders(parent);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot create the folder of " + file, e);
        }
        restrictBeforeOpen(file);
        Connection writer = null;
        try {
            writer = connect(file, SQLiteConfig.TransactionMode.IMMEDIATE);
            restrictCompanions(file);
            requireIntact(file, writer);
            migrations.apply(writer);
            requireWritable(file, writer, migrations.latestVersion());
            List<Connection> readers = new ArrayList<>();
            Connection checkpointer;
            try {
                for (int i = 0; i < READERS; i++) {
                    readers.add(connect(file, SQLiteConfig.TransactionMode.DEFERRED));
                }
                checkpointer = connect(file, SQLiteConfig.TransactionMode.DEFERRED);
            } catch (SQLException e) {
                readers.forEach(Database::closeQuietly);
                throw e;
            }
            LOG.info("store opened: {} (schema version {})", file, migrations.latestVersion());
            return new Database(file, writer, readers, checkpointer);
        } catch (SQLException e) {
            closeQuietly(writer);
            LOG.debug("opening the store {} failed", file, e);
            throw StoreFaults.atOpen(file, e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    /**
     * The file is created 0600 (or loses its group and other bits) before SQLite opens it, so that
     * SQLite, which gives its -wal and -shm the database file's mode, makes those 0600 too. When
     * that is impossible (a read-only disk or folder) SQLite's own refusal says what is wrong.
     */
    private static void restrictBeforeOpen(Path file) {
        try {
            PrivateFiles.createOrTighten(file);
        } catch (IOException e) {
            LOG.warn("cannot make {} readable by this user only: {}", file, e.toString());
        }
    }

    /** Belt and braces: SQLite created the -wal and -shm itself; make sure no one else may read them. */
    private static void restrictCompanions(Path file) {
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            Path companion = file.resolveSibling(file.getFileName() + suffix);
            try {
                PrivateFiles.tighten(companion);
            } catch (IOException e) {
                LOG.warn("cannot make {} readable by this user only: {}", companion, e.toString());
            }
        }
    }

    /**
     * A file with a valid header can still hold damaged pages, which SQLite finds only when it reads
     * them: better to say so at start-up than at a worker's tap. A quick check reads every page once
     * but skips the slower index-content comparison: about 0.1 s for 100,000 registrations (38 MB).
     */
    private static void requireIntact(Path file, Connection writer) throws SQLException {
        try (Statement s = writer.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check(1)")) {
            String verdict = rs.next() ? rs.getString(1) : "no answer";
            if (!"ok".equals(verdict)) {
                LOG.debug("store {} fails its quick check: {}", file, verdict);
                throw StoreFaults.damagedAtOpen(file, verdict);
            }
        }
    }

    /**
     * SQLite opens a file it may not write (read-only file, folder or mount) without complaint and
     * fails only at the first write, which would be a worker's registration. Rewriting the schema
     * version is a real write of one page, so a read-only store is refused here. A full disk is not:
     * the kiosk starts, says so on screen and recovers by itself once there is space again.
     */
    private static void requireWritable(Path file, Connection writer, int version) throws SQLException {
        try (Statement s = writer.createStatement()) {
            s.execute("PRAGMA user_version = " + version);
        } catch (SQLException e) {
            if (StoreFaults.reasonOf(file, e) != StoreException.Reason.DISK_FULL) {
                throw e;
            }
            LOG.warn("{}", StoreFaults.duringUse(file, "start-up write", e).getMessage());
        }
    }

    private static Connection connect(Path file, SQLiteConfig.TransactionMode mode) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(mode);
        return config.createConnection("jdbc:sqlite:" + file.toAbsolutePath());
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one write transaction and returns only after it committed. */
    public <T> T write(SqlWork<T> work) {
        writeLock.lock();
        try {
            writer.setAutoCommit(false);
            T result;
            try {
                result = work.run(writer);
                writer.commit();
            } catch (SQLException | RuntimeException e) {
                // SQLite may already have rolled back (e.g. SQLITE_FULL); the original error is the one to report.
                rollbackQuietly(writer);
                endTransactionQuietly(writer);
                throw e;
            }
            writer.setAutoCommit(true);
            return result;
        } catch (SQLException e) {
            throw translate("write", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Runs {@code work} in a write transaction and rolls it back: nothing it did is stored, and
     * nothing reaches the disk (a rolled-back transaction leaves no frame in the WAL). For
     * {@link KioskStore#warmUp}: the write path of a tap, once, before the kiosk takes taps.
     */
    <T> T rehearse(SqlWork<T> work) {
        writeLock.lock();
        try {
            return rolledBack(writer, work);
        } catch (SQLException e) {
            throw translate("rehearsal", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Copies what the WAL holds into the database file, without waiting for anyone: a PASSIVE
     * checkpoint on a connection of its own, so neither a write nor a read waits for it (at most
     * what a reader still sees is left for the next one). It changes nothing a reader or a restart
     * finds: every commit was already synced to the WAL ({@code synchronous=FULL}), and SQLite syncs
     * the WAL before and the database file after the copy. Nearly free when there is nothing to copy.
     * A failure (a full or damaged disk) is the next write's to report: here it is logged and ignored.
     */
    public void checkpoint() {
        if (!checkpointLock.tryLock()) {
            return; // another checkpoint is copying right now, or the store is closing
        }
        if (closed) {
            checkpointLock.unlock();
            return;
        }
        try (Statement s = checkpointer.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
            if (rs.next() && LOG.isTraceEnabled()) {
                LOG.trace("checkpoint: {} of {} WAL frames in the database file", rs.getInt(3), rs.getInt(2));
            }
        } catch (SQLException e) {
            LOG.debug("checkpoint of {} failed: {}", file, e.toString());
        } finally {
            checkpointLock.unlock();
        }
    }

    /**
     * Writes {@code items} in parts of at most {@code partSize}, in one transaction, unless another
     * thread waits to write: then what is done so far is committed, the waiting writer goes first (a
     * worker's tap behind the forwarder's 200-item batch waits one part, not the whole batch), and
     * the rest follows in a new transaction. Returns once every part is committed. Only for work whose
     * items stand alone: a failure or a crash may leave the parts before a hand-over committed and the
     * rest not, which for the outbox is the same as a crash between two batches.
     */
    public <T> void writeInParts(List<T> items, int partSize, PartWork<T> work) {
        if (partSize < 1) {
            throw new IllegalArgumentException("partSize < 1");
        }
        write(c -> {
            for (int from = 0; from < items.size(); from += partSize) {
                if (from > 0 && writeLock.hasQueuedThreads()) {
                    handOver(c);
                }
                work.run(c, items.subList(from, Math.min(items.size(), from + partSize)));
            }
            return null;
        });
    }

    /** Inside {@link #write}: commits what is done, lets the waiting writer go first, then goes on in a new transaction. */
    private void handOver(Connection c) throws SQLException {
        c.commit();
        c.setAutoCommit(true);
        writeLock.unlock();
        writeLock.lock(); // fair: behind whoever was waiting
        c.setAutoCommit(false);
    }

    /** Whether a thread waits for the write lock now. */
    boolean writersWaiting() {
        return writeLock.hasQueuedThreads();
    }

    /** One part of {@link #writeInParts}. */
    @FunctionalInterface
    public interface PartWork<T> {
        void run(Connection c, List<T> part) throws SQLException;
    }

    /** Runs {@code work} on a read connection, in one consistent snapshot. */
    public <T> T read(SqlWork<T> work) {
        Connection reader = takeReader();
        try {
            return rolledBack(reader, work);
        } catch (SQLException e) {
            throw translate("read", e);
        } finally {
            idleReaders.add(reader);
        }
    }

    /** {@code work} in a transaction that is always rolled back: a read's snapshot, or a rehearsal. */
    private static <T> T rolledBack(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            return work.run(c);
        } finally {
            rollbackQuietly(c);
            endTransactionQuietly(c);
        }
    }

    private Connection takeReader() {
        try {
            while (true) {
                if (closed) {
                    throw new StoreException(StoreException.Reason.IO, "the store " + file + " is closed", null);
                }
                Connection c = idleReaders.poll(100, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (c != null) {
                    return c;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Reason.IO, "interrupted while waiting to read " + file, e);
        }
    }

    /** Closes every connection once the reads in progress have given theirs back. */
    @Override
    public void close() {
        closed = true;
        writeLock.lock();
        try {
            for (int i = 0; i < readers.size(); i++) {
                try {
                    closeQuietly(idleReaders.take());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    readers.forEach(Database::closeQuietly);
                    break;
                }
            }
            checkpointLock.lock();
            try {
                closeQuietly(checkpointer);
            } finally {
                checkpointLock.unlock();
            }
            closeQuietly(writer);
        } finally {
            writeLock.unlock();
        }
    }

    private StoreException translate(String what, SQLException e) {
        return StoreFaults.duringUse(file, what, e);
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The original failure is what matters; SQLite rolls back on its own when it cannot.
        }
    }

    private static void endTransactionQuietly(Connection c) {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // Nothing left to commit after a rollback; the connection is usable again either way.
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("closing the store: {}", e.getMessage());
        }
    }
}
