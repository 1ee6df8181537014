package be.sitegate.testkit;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits on a condition instead of sleeping a guessed time: returns as soon as it holds, fails with
 * what it waited for after the deadline. The deadline is a safety net, never the thing tested.
 */
public final class Await {

    private Await() {
    }

    public static void until(String what, Duration deadline, BooleanSupplier condition) {
        long end = System.nanoTime() + deadline.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting until " + what);
            }
        }
    }
}
