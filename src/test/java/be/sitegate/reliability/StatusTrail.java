package be.sitegate.reliability;

import be.sitegate.kiosk.Subscription;
import be.sitegate.kiosk.SyncStatusSource;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Every status the kiosk's {@link SyncStatusSource} published, with when (monotonic nanos): what the
 * status bar was told, step by step, so a test can check it was true at each one.
 */
final class StatusTrail implements Consumer<SyncStatus>, AutoCloseable {

    record Seen(long nanos, SyncStatus status) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private final Subscription subscription;

    StatusTrail(SyncStatusSource source) {
        subscription = source.subscribe(this);
    }

    @Override
    public synchronized void accept(SyncStatus status) {
        seen.add(new Seen(System.nanoTime(), status));
    }

    synchronized SyncStatus latest() {
        return seen.get(seen.size() - 1).status();
    }

    /** What was published from {@code fromNanos} (inclusive) to {@code toNanos} (exclusive). */
    synchronized List<Seen> between(long fromNanos, long toNanos) {
        List<Seen> out = new ArrayList<>();
        for (Seen s : seen) {
            if (s.nanos() >= fromNanos && s.nanos() < toNanos) {
                out.add(s);
            }
        }
        return out;
    }

    @Override
    public void close() {
        subscription.cancel();
    }
}
