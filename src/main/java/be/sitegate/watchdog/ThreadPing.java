package be.sitegate.watchdog;

import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * Whether a thread that takes work through an {@link Executor} (the JavaFX thread, through
 * {@code Platform::runLater}) still runs it: each look posts a ping, and the thread is alive while
 * the ping of the previous look has run. No clock: a thread that is slower than the look interval
 * counts as stuck, which is what a watchdog asks.
 */
public final class ThreadPing implements BooleanSupplier {

    private final Executor thread;
    private final AtomicLong posted = new AtomicLong();
    private final AtomicLong answered = new AtomicLong();

    public ThreadPing(Executor thread) {
        this.thread = thread;
    }

    /** Call once per heartbeat: true when the last ping was answered (or none was posted yet). */
    @Override
    public boolean getAsBoolean() {
        if (answered.get() != posted.get()) {
            return false;
        }
        long ping = posted.incrementAndGet();
        try {
            thread.execute(() -> answered.set(ping));
        } catch (RuntimeException e) {
            return false; // the thread is gone (JavaFX has exited): never answers again
        }
        return true;
    }
}
