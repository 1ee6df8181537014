package be.sitegate.card;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
        Future<T> future = WORKERS.submit(task);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
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
