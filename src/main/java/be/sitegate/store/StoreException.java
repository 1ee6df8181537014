package be.sitegate.store;

/**
 * The kiosk's store could not do what was asked. The {@link Reason} lets the UI say something useful
 * ("the disk is full, call site management") instead of showing a stack trace; nothing was half
 * written, because every change is one transaction.
 */
public final class StoreException extends RuntimeException {

    public enum Reason {
        DISK_FULL,
        READ_ONLY,
        CORRUPT,
        BUSY,
        NEWER_SCHEMA,
        IO
    }

    private final Reason reason;

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
