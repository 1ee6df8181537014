package be.sitegate.kiosk;

/**
 * The short sound that tells a worker how their tap ended before they have read the screen: a
 * hurried worker with gloves looks away as soon as the kiosk answers. The screens ask for one sound
 * per outcome; an adapter plays it ({@code be.sitegate.sound}). {@link #play} returns at once and
 * never fails, with or without a sound device.
 */
public interface OutcomeSounds {

    /** The three outcomes a worker must tell apart, by colour on screen and by ear. */
    enum Outcome {
        /** Registered, nothing to do (green). */
        REGISTERED,
        /** Registered, but the service flagged it or the card is expired: show the foreman (amber). */
        FLAGGED,
        /** Not registered: refused, not sent in time, or a card or tap the kiosk could not take (red). */
        NOT_REGISTERED
    }

    /** No sound at all: tests, and tools that only show the screens. */
    OutcomeSounds SILENT = outcome -> { };

    void play(Outcome outcome);
}
