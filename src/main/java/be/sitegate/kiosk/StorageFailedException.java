package be.sitegate.kiosk;

/**
 * The kiosk could not store (or read back) what a worker did: they are NOT registered. Thrown by the
 * {@link PresenceRecorder} and {@link EmployerChoiceRepository} adapters, so the screen can tell the
 * worker to call the site manager without knowing which store the kiosk uses. Nothing was half
 * written; the message is for the log and never shown to a worker.
 */
public final class StorageFailedException extends RuntimeException {

    /** What the site manager has to do about it differs: free space, fix the disk, restore a backup. */
    public enum Reason {
        FULL,
        READ_ONLY,
        CORRUPT,
        OTHER
    }

    private final Reason reason;

    public StorageFailedException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
