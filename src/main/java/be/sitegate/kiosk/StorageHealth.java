package be.sitegate.kiosk;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Whether the kiosk can store registrations right now, for the status bar and for whoever retries.
 * The store adapters report every write's outcome; listeners hear only changes (a failing store
 * whose reason changes counts as one). Safe from any thread; listeners are called in order, under
 * the lock, so they must only hand the state on (to the UI thread, to a scheduler).
 */
public final class StorageHealth {

    /** Either the store works, or it has been failing since a given moment. */
    public sealed interface State {
    }

    public record Ok() implements State {
    }

    public record Failing(StorageFailedException.Reason reason, Instant since) implements State {
        public Failing {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(since, "since");
        }
    }

    private static final State OK = new Ok();

    private final Clock clock;
    private final List<Consumer<State>> listeners = new CopyOnWriteArrayList<>();
    private State current = OK;

    public StorageHealth(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Adds a listener; it is told the current state at once. */
    public synchronized Subscription subscribe(Consumer<State> listener) {
        listeners.add(listener);
        listener.accept(current);
        return () -> listeners.remove(listener);
    }

    public synchronized State current() {
        return current;
    }

    public synchronized boolean failing() {
        return current instanceof Failing;
    }

    /** A write reached the disk: whatever failed before works again. */
    public synchronized void stored() {
        if (current instanceof Failing) {
            change(OK);
        }
    }

    /**
     * A read or write failed; a failure that goes on keeps the moment it started. True when this is
     * news (storing worked until now, or it fails for another reason), so the fault is told once.
     */
    public synchronized boolean failed(StorageFailedException.Reason reason) {
        if (current instanceof Failing f) {
            if (f.reason() != reason) {
                change(new Failing(reason, f.since()));
                return true;
            }
            return false;
        }
        change(new Failing(reason, clock.instant()));
        return true;
    }

    private void change(State next) {
        current = next;
        listeners.forEach(l -> l.accept(next));
    }
}
