package be.sitegate.store;

import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The kiosk's store could not do what was asked. The {@link Reason} lets the UI say something useful
 * ("the disk is full, call site management") instead of showing a stack trace; nothing was half
 * written, because every change is one transaction. When SQLite said why, the exception also names
 * its result code, the file and the free space left next to it, so one log line is enough to act on.
 */
public final class StoreException extends RuntimeException {

    public enum Reason {
        DISK_FULL,
        READ_ONLY,
        CORRUPT,
        BUSY,
        NEWER_SCHEMA,
        /** A write broke one of the store's own rules (a key used twice): a fault of the kiosk, not the disk. */
        CONSTRAINT,
        IO
    }

    private final Reason reason;
    private final String resultCode;
    private final Path file;
    private final long usableBytes;

    public StoreException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null, null, -1);
    }

    StoreException(Reason reason, String message, Throwable cause, String resultCode, Path file, long usableBytes) {
        super(message, cause);
        this.reason = reason;
        this.resultCode = resultCode;
        this.file = file;
        this.usableBytes = usableBytes;
    }

    public Reason reason() {
        return reason;
    }

    /** SQLite's name for what went wrong, such as {@code SQLITE_FULL} or {@code SQLITE_NOTADB}. */
    public Optional<String> resultCode() {
        return Optional.ofNullable(resultCode);
    }

    /** The database file concerned. */
    public Optional<Path> file() {
        return Optional.ofNullable(file);
    }

    /** The space the kiosk's user could still write on the file's file system when it failed. */
    public OptionalLong usableBytes() {
        return usableBytes < 0 ? OptionalLong.empty() : OptionalLong.of(usableBytes);
    }
}
