package be.sitegate.kiosk.fake;

import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.SyncStatusSource;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

public final class FakeSyncStatus implements SyncStatusSource {
    /** 07:00 in Brussels on the fixtures' day. */
    public static final Instant SINCE = Instant.parse("2026-11-23T06:00:00Z");

    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus current = SyncStatus.online(0);

    @Override
    public Subscription subscribe(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(current);
        return () -> listeners.remove(listener);
    }

    public int listenerCount() {
        return listeners.size();
    }

    /** Online with this many waiting, or offline since {@code 07:00} Brussels time with the same queue. */
    public void set(boolean online, int pending) {
        set(online ? SyncStatus.online(pending) : new SyncStatus(Connection.OFFLINE, pending,
                pending == 0 ? Optional.empty() : Optional.of(SINCE), 0, Optional.of(SINCE),
                Optional.of("TIMEOUT")));
    }

    public void set(SyncStatus status) {
        current = status;
        listeners.forEach(l -> l.accept(current));
    }
}
