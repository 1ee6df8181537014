package be.sitegate.sync;

/**
 * Wake-up calls that are remembered until consumed, so a wake between two waits is never lost. A
 * plain wake (something new was stored) may be ignored by a wait that must not be cut short; an
 * urgent one (someone pressed "send now") ends any wait.
 */
final class WakeSignal {

    enum Woken {
        /** The deadline passed, or the signal was closed. */
        NO,
        /** Something new was stored. */
        PLAIN,
        /** Someone asked to send now. */
        URGENT
    }

    private boolean requested;
    private boolean urgent;
    private boolean closed;

    synchronized void wake() {
        requested = true;
        notifyAll();
    }

    synchronized void wakeUrgently() {
        requested = true;
        urgent = true;
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
     * Waits until woken (consuming the wake), or until {@code deadlineNanos} ({@link System#nanoTime()}
     * scale) or close.
     */
    synchronized Woken awaitUntil(long deadlineNanos) throws InterruptedException {
        while (!closed && !requested) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return Woken.NO;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        Woken woken = closed ? Woken.NO : urgent ? Woken.URGENT : Woken.PLAIN;
        requested = false;
        urgent = false;
        return woken;
    }
}
