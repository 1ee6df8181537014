package be.sitegate.card;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * A check started on another thread while the card answers the next commands, which the thread
 * that needs its result runs itself if no other thread has started it yet: on a busy machine the
 * checking thread may not get a core before the last APDU is answered, and then the reader does
 * the work instead of waiting for the scheduler to hand a core to that thread. Either way it runs
 * exactly once, and its result (or what it threw) is the same.
 */
final class Overlapped<T> {

    private final Supplier<T> work;
    private final java.util.function.Consumer<T> then;
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Overlapped(Supplier<T> work, java.util.function.Consumer<T> then) {
        this.work = work;
        this.then = then;
    }

    /** Starts {@code work} on {@code executor}; {@link #join} runs it here if it has not started by then. */
    static <T> Overlapped<T> start(Supplier<T> work, Executor executor) {
        Overlapped<T> check = new Overlapped<>(work, value -> { });
        executor.execute(check::runUnlessClaimed);
        return check;
    }

    /**
     * Work no thread has been given yet: {@link #run} it on a checking thread, together with other
     * checks in one task (one hand-over for several checks); {@link #join} runs it if none has.
     */
    static <T> Overlapped<T> deferred(Supplier<T> work) {
        return new Overlapped<>(work, value -> { });
    }

    /**
     * The same; {@code then} runs with the value on the thread that computed it, once the value is
     * there for everyone else (whoever joins does not wait for it). What it throws is dropped.
     */
    static <T> Overlapped<T> deferred(Supplier<T> work, java.util.function.Consumer<T> then) {
        return new Overlapped<>(work, then);
    }

    /** A value already known. */
    static <T> Overlapped<T> done(T value) {
        Overlapped<T> check = new Overlapped<>(() -> value, v -> { });
        check.runUnlessClaimed();
        return check;
    }

    /** Runs the work here unless a thread already has (for a task that runs several {@link #deferred} checks). */
    void run() {
        runUnlessClaimed();
    }

    private void runUnlessClaimed() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        T value;
        try {
            value = work.get();
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
            return;
        }
        result.complete(value);
        try {
            then.accept(value);
        } catch (RuntimeException e) {
            // the value is out; nothing depends on this
        }
    }

    /**
     * The result, computed here if no thread had started it; as {@link CompletableFuture#join}, a
     * failure is thrown as a {@link java.util.concurrent.CompletionException} with it as the cause.
     */
    T join() {
        runUnlessClaimed();
        return result.join();
    }

    /** Completes with the result, on whichever thread computed it (for follow-ups no one waits for). */
    CompletableFuture<T> future() {
        return result;
    }
}
