package be.sitegate.app;

import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.store.StoreException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the kiosk does with a store call on a worker's tap: a success of a write tells the
 * {@link StorageHealth} that storing works; a fault is logged once, at ERROR, when it starts (then at
 * WARN while it goes on), with what the store
 * said (SQLite's result code, the file, the free space; never a national number: the store's
 * messages hold none and the log masks any), reported to the health and handed on as the kiosk's
 * own {@link StorageFailedException}, so the screen never sees a store type.
 */
public final class StorageFaults {

    private static final Logger LOG = LoggerFactory.getLogger(StorageFaults.class);

    private final StorageHealth health;

    public StorageFaults(StorageHealth health) {
        this.health = health;
    }

    /** A write on the tap path; {@code what} says what was being stored, for the log. */
    public <T> T write(String what, Supplier<T> work) {
        T result = guard(what, work);
        health.stored();
        return result;
    }

    /** A read on the tap path: its failure counts, its success proves nothing about writing. */
    public <T> T read(String what, Supplier<T> work) {
        return guard(what, work);
    }

    private <T> T guard(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (StoreException e) {
            StorageFailedException.Reason reason = reasonOf(e);
            if (health.failed(reason)) {
                LOG.error("cannot {}: {}", what, e.getMessage());
            } else {
                // The same fault, still going on (a second write of the same tap, the next tap): told already.
                LOG.warn("cannot {}: {}", what, e.getMessage());
            }
            LOG.debug("cannot {}", what, e);
            throw new StorageFailedException(reason, "cannot " + what + ": " + e.getMessage(), e);
        }
    }

    static StorageFailedException.Reason reasonOf(StoreException e) {
        return switch (e.reason()) {
            case DISK_FULL -> StorageFailedException.Reason.FULL;
            case READ_ONLY -> StorageFailedException.Reason.READ_ONLY;
            case CORRUPT -> StorageFailedException.Reason.CORRUPT;
            case BUSY, NEWER_SCHEMA, CONSTRAINT, IO -> StorageFailedException.Reason.OTHER;
        };
    }
}
