package be.sitegate.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * One SQLite file, opened for durability: WAL journal with {@code synchronous=FULL} (a committed
 * transaction survives power loss), foreign keys on, a busy timeout. Writes go through one
 * connection in {@code BEGIN IMMEDIATE} transactions, serialised by a lock; reads use a second
 * connection so a reader never waits for a writer (WAL). A method that returns after
 * {@link #write} has committed to disk.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int BUSY_TIMEOUT_MS = 5_000;

    private final Path file;
    private final Connection writer;
    private final Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();

    private Database(Path file, Connection writer, Connection reader) {
        this.file = file;
        this.writer = writer;
        this.reader = reader;
    }

    /** Opens (creating if needed) the database at {@code file} and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, Migrations.fromClasspath("be/sitegate/store/migrations"));
    }

    static Database open(Path file, Migrations migrations) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.Reason.IO, "cannot create the folder of " + file, e);
        }
        Connection writer = null;
        try {
            writer = connect(file, SQLiteConfig.TransactionMode.IMMEDIATE);
            migrations.apply(writer);
            Connection reader = connect(file, SQLiteConfig.TransactionMode.DEFERRED);
            LOG.info("store opened: {} (schema version {})", file, migrations.latestVersion());
            return new Database(file, writer, reader);
        } catch (SQLException e) {
            closeQuietly(writer);
            throw translate("open " + file, e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
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

    /** Runs {@code work} on the read connection, in one consistent snapshot. */
    public <T> T read(SqlWork<T> work) {
        readLock.lock();
        try {
            reader.setAutoCommit(false);
            try {
                return work.run(reader);
            } finally {
                rollbackQuietly(reader);
                endTransactionQuietly(reader);
            }
        } catch (SQLException e) {
            throw translate("read", e);
        } finally {
            readLock.unlock();
        }
    }

    @Override
    public void close() {
        writeLock.lock();
        readLock.lock();
        try {
            closeQuietly(reader);
            closeQuietly(writer);
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    static StoreException translate(String what, SQLException e) {
        StoreException.Reason reason = StoreException.Reason.IO;
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            if (code != null) {
                reason = switch (code.code & 0xff) {
                    case 13 -> StoreException.Reason.DISK_FULL;      // SQLITE_FULL
                    case 8 -> StoreException.Reason.READ_ONLY;       // SQLITE_READONLY
                    case 11, 26 -> StoreException.Reason.CORRUPT;    // SQLITE_CORRUPT, SQLITE_NOTADB
                    case 5, 6 -> StoreException.Reason.BUSY;         // SQLITE_BUSY, SQLITE_LOCKED
                    default -> StoreException.Reason.IO;
                };
            }
        }
        return new StoreException(reason, "store " + what + " failed: " + e.getMessage(), e);
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
