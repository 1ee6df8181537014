package be.sitegate.app;

import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.SyncStatusSource;
import be.sitegate.sync.OutboxForwarder;
import java.util.function.Consumer;

/** The forwarder's status, as the kiosk's status bar and the employer look-up need it. */
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

    /**
     * The forwarder's last exchange found the service unreachable: a question asked now would only
     * wait for its deadline, so the tap path does not ask.
     */
    public boolean knowsServiceOffline() {
        return forwarder.status().connection() == be.sitegate.sync.SyncStatus.Connection.OFFLINE;
    }

    static SyncStatus map(be.sitegate.sync.SyncStatus s) {
        Connection connection = switch (s.connection()) {
            case UNKNOWN -> Connection.CONNECTING;
            case ONLINE -> Connection.ONLINE;
            case OFFLINE -> Connection.OFFLINE;
            case REFUSING -> Connection.REFUSING;
            case NOT_ACCEPTED -> Connection.NOT_ACCEPTED;
        };
        return new SyncStatus(connection, s.waiting(), s.waitingSince(), s.counts().toAcknowledge(), s.failingSince(),
                s.lastErrorReason());
    }
}
