package be.sitegate.store;

import be.sitegate.store.StoreException.Reason;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * Turns what SQLite reports into a {@link StoreException} that says what it is. While the kiosk runs,
 * the message is for the log: SQLite's result code, the file and the free space next to it. At
 * start-up it is for whoever reads the terminal or the journal: which problem, where the file is and
 * what to do. SQLite's own wording stays in the cause, for DEBUG logs.
 */
final class StoreFaults {

    private static final long MB = 1024 * 1024;

    private StoreFaults() {
    }

    /** A read or write of the running kiosk failed. */
    static StoreException duringUse(Path file, String what, SQLException e) {
        Reason reason = reasonOf(file, e);
        String code = codeName(e);
        long free = usableBytes(file);
        return new StoreException(reason, "store " + what + " failed with " + code + " (" + describe(reason)
                + ") on " + file + "; " + megabytes(free) + " free there", e, code, file, free);
    }

    /** The database could not be opened, checked or brought up to date at start-up. */
    static StoreException atOpen(Path file, SQLException e) {
        Reason reason = reasonOf(file, e);
        String code = codeName(e);
        long free = usableBytes(file);
        return new StoreException(reason, startupAdvice(file, reason, code, free), e, code, file, free);
    }

    /** SQLite opened the file, but its integrity check found damage. */
    static StoreException damagedAtOpen(Path file, String firstProblem) {
        String code = "SQLITE_CORRUPT";
        return new StoreException(Reason.CORRUPT, startupAdvice(file, Reason.CORRUPT, code, usableBytes(file)),
                new IllegalStateException("PRAGMA quick_check: " + firstProblem), code, file, usableBytes(file));
    }

    static Reason reasonOf(Path file, SQLException e) {
        if (!(e instanceof SQLiteException s) || s.getResultCode() == null) {
            return Reason.IO;
        }
        return switch (s.getResultCode().code & 0xff) {
            case 13 -> Reason.DISK_FULL;      // SQLITE_FULL
            case 8 -> Reason.READ_ONLY;       // SQLITE_READONLY
            case 11, 26 -> Reason.CORRUPT;    // SQLITE_CORRUPT, SQLITE_NOTADB
            case 5, 6 -> Reason.BUSY;         // SQLITE_BUSY, SQLITE_LOCKED
            case 19 -> Reason.CONSTRAINT;     // SQLITE_CONSTRAINT
            // A WAL database on a read-only disk or in a read-only folder cannot create its -wal and
            // -shm files, which SQLite reports as "cannot open", not as read-only.
            case 14 -> cannotWriteThere(file) ? Reason.READ_ONLY : Reason.IO; // SQLITE_CANTOPEN
            // A disk the kernel turned read-only after an error (errors=remount-ro) under the open
            // database fails SQLite's next write to the -wal as an I/O error: only the disk can tell.
            case 10 -> onReadOnlyFileSystem(file) ? Reason.READ_ONLY : Reason.IO; // SQLITE_IOERR
            default -> Reason.IO;
        };
    }

    static String codeName(SQLException e) {
        if (e instanceof SQLiteException s && s.getResultCode() != null
                && s.getResultCode() != SQLiteErrorCode.UNKNOWN_ERROR) {
            return s.getResultCode().name();
        }
        return "SQL error " + e.getErrorCode();
    }

    /** What the kiosk's user can still write on the file system that holds {@code file}; -1 if unknown. */
    static long usableBytes(Path file) {
        Path existing = file.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return -1;
        }
        try {
            return Files.getFileStore(existing).getUsableSpace();
        } catch (IOException | SecurityException e) {
            return -1;
        }
    }

    static String megabytes(long bytes) {
        return bytes < 0 ? "unknown space" : (bytes / MB) + " MB";
    }

    private static boolean cannotWriteThere(Path file) {
        Path folder = folderOf(file);
        return (Files.exists(file) && !Files.isWritable(file)) || (Files.isDirectory(folder) && !Files.isWritable(folder));
    }

    /**
     * Whether the file system under {@code file} refuses writes as read-only. Its mount options cannot
     * tell: ext4 keeps "rw" (adding "emergency_ro") when it turns read-only after an error, so this
     * tries to create a file, which a read-only file system refuses before using any space.
     */
    private static boolean onReadOnlyFileSystem(Path file) {
        try {
            Files.delete(Files.createTempFile(folderOf(file), ".sitegate-write-check", ".tmp"));
            return false;
        } catch (java.nio.file.FileSystemException e) {
            return "Read-only file system".equals(e.getReason());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    private static Path folderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? file.toAbsolutePath() : parent;
    }

    private static String describe(Reason reason) {
        return switch (reason) {
            case DISK_FULL -> "disk full";
            case READ_ONLY -> "read-only";
            case CORRUPT -> "damaged database";
            case BUSY -> "locked by another program";
            case NEWER_SCHEMA -> "newer schema";
            case CONSTRAINT -> "a rule of the store was broken";
            case IO -> "input/output error";
        };
    }

    private static String startupAdvice(Path file, Reason reason, String code, long free) {
        Path folder = folderOf(file);
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String start = "the kiosk's database " + file;
        return switch (reason) {
            case READ_ONLY -> start + " is read-only (" + code + "): SiteGate can read it but cannot store "
                    + "registrations in it. Make the file and its folder " + folder + " writable for the user "
                    + "SiteGate runs as (and the disk mounted read-write), then start SiteGate again.";
            case CORRUPT -> start + " is damaged (" + code + "). Stop SiteGate; move " + name + ", and " + name
                    + "-wal and " + name + "-shm if they are there, out of " + folder + " (keep them); put the latest "
                    + "backup of " + name + " in its place and start SiteGate again. Without a backup SiteGate "
                    + "starts with an empty store, and registrations that were still waiting to be sent are only in "
                    + "the moved file: keep it, they must be recovered from it.";
            case DISK_FULL -> start + " cannot be written: the disk is full (" + code + ", " + megabytes(free)
                    + " free). Free space on that disk, then start SiteGate again.";
            case BUSY -> start + " is locked by another program (" + code + "). Stop that program (is a second "
                    + "SiteGate running?), then start SiteGate again.";
            case NEWER_SCHEMA, CONSTRAINT, IO -> start + " cannot be opened (" + code + "). Check that it is a SiteGate "
                    + "database file and that its folder " + folder + " exists and is writable, then start SiteGate "
                    + "again.";
        };
    }
}
