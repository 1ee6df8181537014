package be.sitegate.kiosk.fake;

import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.SyncStatusSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

public final class FakeSyncStatus implements SyncStatusSource {
    private final List<Consumer<SyncStatus>> listeners = new CopyOnWriteArrayList<>();
    private volatile SyncStatus current = new SyncStatus(true, 0, Optional.empty());

    @Override
    public Subscription subscribe(Consumer<SyncStatus> listener) {
        listeners.add(listener);
        listener.accept(current);
        return () -> listeners.remove(listener);
    }

    public void set(boolean online, int pending) {
        current = new SyncStatus(online, pending, online ? Optional.empty() : Optional.of("connect timed out"));
        listeners.forEach(l -> l.accept(current));
    }
}
