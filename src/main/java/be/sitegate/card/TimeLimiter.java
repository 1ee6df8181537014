package be.sitegate.card;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * Runs card work on a worker thread and gives up after the time limit: a PC/SC transmit cannot be
 * interrupted, so a card that stops answering would otherwise block the caller for good. The worker
 * is a daemon and is abandoned (and interrupted) on timeout.
 */
final class TimeLimiter {

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "eid-card-io");
        t.setDaemon(true);
        return t;
    });

    private TimeLimiter() {
    }

    /** The task's value, or {@code onTimeout}'s when the limit passes first. */
    static <T> T call(Callable<T> task, Duration limit, Callable<T> onTimeout, java.util.function.Function<Throwable, T> onError) {
        return call(task, value -> { }, limit, onTimeout, onError);
    }

    /**
     * The same; once the task's value is handed to the caller, {@code afterwards} runs with it on the
     * worker (work the caller need not wait for, such as a log line; what it throws is dropped). It
     * does not run when the task throws.
     */
    static <T> T call(Callable<T> task, Consumer<T> afterwards, Duration limit, Callable<T> onTimeout,
            java.util.function.Function<Throwable, T> onError) {
        CompletableFuture<T> value = new CompletableFuture<>();
        Future<?> future = WORKERS.submit(() -> {
            T v;
            try {
                v = task.call();
            } catch (Throwable e) {
                value.completeExceptionally(e);
                return;
            }
            value.complete(v);
            try {
                afterwards.accept(v);
            } catch (RuntimeException e) {
                // the caller has its value; nothing else depends on this
            }
        });
        try {
            return value.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            try {
                return onTimeout.call();
            } catch (Exception ex) {
                return onError.apply(ex);
            }
        } catch (ExecutionException e) {
            return onError.apply(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return onError.apply(e);
        }
    }
}
