package be.sitegate.kiosk;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The kiosk's last errors, newest first, for the site manager on the administration screen: what
 * went wrong while nobody looked (a night's delivery failures, a refused certificate, a full disk,
 * a reader unplugged). Kept in memory only, the last {@link #CAPACITY}: the log (the journal) has
 * the full story, this is the short one in plain words. Filled by the composition root's adapters;
 * safe from any thread. Listeners hear the whole list after each change and must only hand it on.
 */
public final class ErrorHistory {

    /** Enough for a night of trouble, few enough to read on one screen. */
    public static final int CAPACITY = 20;

    /** Where an error came from, which decides how the screen words it. */
    public enum Source {
        /** Sending to the central service failed; the code is the central client's reason ({@code TIMEOUT}...). */
        DELIVERY,
        /** The service does not accept this kiosk's certificate: sending stopped. */
        CERTIFICATE,
        /** The kiosk's store could not be written; the code is the {@link StorageFailedException.Reason}. */
        STORAGE,
        /** The card reader or its PC/SC service went away; the code is the {@link CardEvents.ReaderStatus}. */
        CARD_READER
    }

    /** @param code a short technical code, shown as itself when the screen has no words for it */
    public record Entry(Instant at, Source source, String code) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(code, "code");
        }
    }

    private final Clock clock;
    private final int capacity;
    private final Deque<Entry> entries = new ArrayDeque<>();
    private final List<Consumer<List<Entry>>> listeners = new CopyOnWriteArrayList<>();

    public ErrorHistory(Clock clock) {
        this(clock, CAPACITY);
    }

    public ErrorHistory(Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.capacity = capacity;
    }

    /** Records an error now; the oldest is dropped once there are {@code capacity}. */
    public synchronized void record(Source source, String code) {
        entries.addFirst(new Entry(clock.instant(), source, code));
        while (entries.size() > capacity) {
            entries.removeLast();
        }
        List<Entry> now = recent();
        listeners.forEach(l -> l.accept(now));
    }

    /** Newest first. */
    public synchronized List<Entry> recent() {
        return List.copyOf(new ArrayList<>(entries));
    }

    /** Adds a listener; it is told the current list at once. */
    public synchronized Subscription subscribe(Consumer<List<Entry>> listener) {
        listeners.add(listener);
        listener.accept(recent());
        return () -> listeners.remove(listener);
    }
}
