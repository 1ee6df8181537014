package be.sitegate.card;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.function.Supplier;

/**
 * A few values, each kept by the exact bytes it was computed from: a lookup hits only for the same
 * bytes, byte for byte, so anything else is computed afresh. The least recently used entry goes
 * first. Meant for the handful of RRN certificates every card of a generation carries. Thread-safe;
 * the values must be immutable.
 */
final class ExactBytesCache<V> {

    private record Entry<V>(byte[] key, V value) {
    }

    private final int capacity;
    private final Deque<Entry<V>> entries = new ArrayDeque<>();

    ExactBytesCache(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.capacity = capacity;
    }

    /** The value kept for exactly {@code key}, or null. */
    synchronized V get(byte[] key) {
        for (Iterator<Entry<V>> it = entries.iterator(); it.hasNext(); ) {
            Entry<V> e = it.next();
            if (Arrays.equals(e.key(), key)) {
                if (e != entries.peekFirst()) {
                    it.remove();
                    entries.addFirst(e);
                }
                return e.value();
            }
        }
        return null;
    }

    /**
     * The value kept for exactly {@code key}, else {@code compute}'s, kept for a copy of {@code key}
     * unless it is null. Computed outside the lock: two threads may compute the same value once each.
     */
    V get(byte[] key, Supplier<V> compute) {
        V known = get(key);
        if (known != null) {
            return known;
        }
        V value = compute.get();
        if (value != null) {
            put(key, value);
        }
        return value;
    }

    private synchronized void put(byte[] key, V value) {
        entries.removeIf(e -> Arrays.equals(e.key(), key));
        entries.addFirst(new Entry<>(key.clone(), value));
        while (entries.size() > capacity) {
            entries.removeLast();
        }
    }

    synchronized int size() {
        return entries.size();
    }
}
