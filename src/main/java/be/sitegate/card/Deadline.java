package be.sitegate.card;

import java.time.Duration;

/** The moment a read must be over; checked before every APDU. */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration limit) {
        return new Deadline(System.nanoTime() + limit.toNanos());
    }

    long remainingMillis() {
        return Math.max(0, (endNanos - System.nanoTime()) / 1_000_000L);
    }

    void check() throws CardReadException {
        if (System.nanoTime() - endNanos >= 0) {
            throw new CardReadException(ReadFailure.TIMED_OUT, "card read time limit reached");
        }
    }
}
