package be.sitegate.fuzz;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs one fuzz input on a worker thread and fails the property when it has not finished within a
 * generous deadline: a parser that loops on some input must show up as a failure with that input,
 * not as a build that never ends. The deadline detects a hang; it measures nothing.
 */
public final class PerInputDeadline {

    /** Far above any real run of one input (well under a second), so a slow shared machine never trips it. */
    public static final Duration DEFAULT = Duration.ofSeconds(20);

    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fuzz-input");
        t.setDaemon(true);
        return t;
    });

    private PerInputDeadline() {
    }

    /** The input's result; its own exception is thrown as it was, so the property sees its type. */
    public static <T> T within(Callable<T> input) throws Exception {
        return within(DEFAULT, input);
    }

    public static <T> T within(Duration deadline, Callable<T> input) throws Exception {
        Future<T> running = WORKERS.submit(input);
        try {
            return running.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new AssertionError("no answer within " + deadline + ": a hang on this input");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** For inputs that return nothing. */
    public static void run(ThrowingRunnable input) throws Exception {
        within(() -> {
            input.run();
            return null;
        });
    }

    /** A piece of work that may throw anything, so the property can check what it threw. */
    @FunctionalInterface
    public interface ThrowingRunnable {
        void run() throws Exception;
    }
}
