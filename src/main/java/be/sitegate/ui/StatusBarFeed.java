package be.sitegate.ui;

import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.SyncStatusSource;
import be.sitegate.ui.shared.Threads;
import be.sitegate.ui.statusbar.StatusBarViewModel;
import java.util.List;
import java.util.function.Consumer;

/**
 * Keeps the status bar current: the clock and the workplace on every tick, the connection, the
 * queue and the store as their ports report (moved onto the UI thread first).
 */
final class StatusBarFeed {

    private final KioskSession session;
    private final Threads threads;
    private final StatusBarViewModel status;

    StatusBarFeed(KioskSession session, Threads threads, StatusBarViewModel status) {
        this.session = session;
        this.threads = threads;
        this.status = status;
    }

    /** Follows the sync and storage ports until the returned subscriptions are cancelled. */
    List<Subscription> subscribe(SyncStatusSource sync, StorageHealth storage) {
        return subscribe(sync, storage, s -> { });
    }

    /**
     * The same, also telling {@code alsoTold} (the administration screen) each sync status on the UI
     * thread: one listener on the port, so the forwarder reports to the screens once.
     */
    List<Subscription> subscribe(SyncStatusSource sync, StorageHealth storage,
            Consumer<SyncStatusSource.SyncStatus> alsoTold) {
        return List.of(
                sync.subscribe(s -> threads.ui().execute(() -> {
                    status.onSync(s);
                    alsoTold.accept(s);
                })),
                storage.subscribe(s -> threads.ui().execute(() -> status.onStorage(s))));
    }

    /** Called every second. */
    void onTick() {
        status.onTick(session.now());
        showWorkplace();
    }

    /** The workplace the kiosk is opened for, or none once its day is over. */
    void showWorkplace() {
        status.onInitialisation(session.current());
    }
}
