package be.sitegate.app;

import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.SyncStatusSource;
import be.sitegate.sync.OutboxForwarder;
import java.util.function.Consumer;

/** The forwarder's status, as the kiosk's status bar needs it. */
public final class SyncStatusAdapter implements SyncStatusSource {

    private final OutboxForwarder forwarder;

    public SyncStatusAdapter(OutboxForwarder forwarder) {
        this.forwarder = forwarder;
    }

    @Override
    public Subscription subscribe(Consumer<SyncStatus> listener) {
        Consumer<be.sitegate.sync.SyncStatus> bridge = s -> listener.accept(map(s));
        forwarder.addListener(bridge);
        listener.accept(map(forwarder.status()));
        return () -> forwarder.removeListener(bridge);
    }

    /** Unknown counts as online: the kiosk has not failed to reach the service yet. */
    static SyncStatus map(be.sitegate.sync.SyncStatus s) {
        boolean online = s.connection() == be.sitegate.sync.SyncStatus.Connection.ONLINE
                || s.connection() == be.sitegate.sync.SyncStatus.Connection.UNKNOWN;
        return new SyncStatus(online, s.waiting(), s.lastErrorReason());
    }
}
