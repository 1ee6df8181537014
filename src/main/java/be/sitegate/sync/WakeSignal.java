package be.sitegate.sync;

/** A wake-up call that is remembered until consumed, so a wake between two waits is never lost. */
final class WakeSignal {

    private boolean requested;
    private boolean closed;

    synchronized void wake() {
        requested = true;
        notifyAll();
    }

    /** Ends every wait for good. */
    synchronized void close() {
        closed = true;
        notifyAll();
    }

    synchronized boolean isClosed() {
        return closed;
    }

    /**
     * Waits until woken (consuming the wake, returns true), or until {@code deadlineNanos}
     * ({@link System#nanoTime()} scale) or close (returns false).
     */
    synchronized boolean awaitUntil(long deadlineNanos) throws InterruptedException {
        while (!closed && !requested) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        boolean woken = !closed && requested;
        requested = false;
        return woken;
    }
}
