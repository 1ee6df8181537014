package be.sitegate.app;

import be.sitegate.domain.BelgianTime;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Another kiosk holds this kiosk's data folder, so this one must not start. The message is meant for
 * whoever reads the screen or the journal at the site: what happened and the two ways out, in plain
 * words and without a stack trace.
 */
public final class DataFolderInUseException extends RuntimeException {

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(BelgianTime.ZONE);

    private final Path folder;
    private final Optional<DataFolderLock.Holder> holder;

    public DataFolderInUseException(Path folder, Optional<DataFolderLock.Holder> holder) {
        super(message(folder, holder));
        this.folder = folder;
        this.holder = holder;
    }

    private static String message(Path folder, Optional<DataFolderLock.Holder> holder) {
        String who = holder.map(h -> " (pid " + h.pid() + ", started " + STARTED.format(h.started()) + ")")
                .orElse("");
        return "Another SiteGate kiosk" + who + " is already using the data folder " + folder + ". "
                + "Only one kiosk may use a data folder, so that two kiosks never send the same registrations. "
                + "Stop the other one first (systemctl stop sitegate-kiosk), "
                + "or give this one another data folder (store.file in the configuration).";
    }

    public Path folder() {
        return folder;
    }

    /** Who holds it, when the lock file says so. */
    public Optional<DataFolderLock.Holder> holder() {
        return holder;
    }
}
