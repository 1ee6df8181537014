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
    private final AtomicBoolean claimed = new AtomicBoolean();
    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Overlapped(Supplier<T> work) {
        this.work = work;
    }

    /** Starts {@code work} on {@code executor}; {@link #join} runs it here if it has not started by then. */
    static <T> Overlapped<T> start(Supplier<T> work, Executor executor) {
        Overlapped<T> check = new Overlapped<>(work);
        executor.execute(check::runUnlessClaimed);
        return check;
    }

    /** A value already known. */
    static <T> Overlapped<T> done(T value) {
        Overlapped<T> check = new Overlapped<>(() -> value);
        check.runUnlessClaimed();
        return check;
    }

    private void runUnlessClaimed() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        try {
            result.complete(work.get());
        } catch (RuntimeException | Error e) {
            result.completeExceptionally(e);
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
