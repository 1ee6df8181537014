package be.sitegate.ui;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Whether a press and its release act: a tap acts only on the screen it started on. A finger still on
 * the glass when its tap (or the kiosk) changes the screen must not also tap what appears under it:
 * the release of a press made on another screen does nothing, and neither does a press in the first
 * moment of a new screen, when a touch screen may deliver the same tap a second time. Plain Java, fed
 * with the screen changes and a clock.
 */
final class TapGuard {

    private static final long NO_SCREEN = -1;

    private final long settleNanos;
    private final LongSupplier nanoTime;
    private long screen;
    private long changedAt;
    private long pressedOn = NO_SCREEN;
    private boolean releaseActed;

    TapGuard(Duration settle, LongSupplier nanoTime) {
        this.settleNanos = settle.toNanos();
        this.nanoTime = nanoTime;
        this.changedAt = nanoTime.getAsLong() - settleNanos; // the kiosk has not changed screen yet
    }

    /** Another screen (or the same one rebuilt in another language) is now under the finger. */
    void screenChanged() {
        screen++;
        changedAt = nanoTime.getAsLong();
    }

    /** A press: true when it may act, false in the first moment of a new screen. */
    boolean press() {
        boolean settled = nanoTime.getAsLong() - changedAt >= settleNanos;
        pressedOn = settled ? screen : NO_SCREEN;
        return settled;
    }

    /** The release: true only when it ends a press accepted on the screen shown now. */
    boolean release() {
        releaseActed = pressedOn != NO_SCREEN && pressedOn == screen;
        pressedOn = NO_SCREEN;
        return releaseActed;
    }

    /** The click the release makes: it acts when the release did. */
    boolean click() {
        return releaseActed;
    }
}
