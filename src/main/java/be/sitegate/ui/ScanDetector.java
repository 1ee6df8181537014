package be.sitegate.ui;

import be.sitegate.domain.ScannedIdentifier;

/**
 * Tells a QR scanner in keyboard-wedge mode from a person, by what arrived and how fast: the scanner
 * "types" a URL (or a full-length Limosa number) a few milliseconds a key and ends with Enter. Speed
 * alone is no proof: a quick typist is as fast, and a burst can lose its first keys while the kiosk
 * builds a screen, so the tail of a typed national number looks like a bare Limosa number by time
 * alone. Plain Java, fed with event times.
 */
public final class ScanDetector {

    /** Shorter bursts (a fast typist's double key) are not scans. */
    static final int MIN_SCAN_LENGTH = 8;

    private final long maxGapNanos;
    private final StringBuilder burst = new StringBuilder();
    private long lastNanos;

    public ScanDetector(java.time.Duration maxGap) {
        this.maxGapNanos = maxGap.toNanos();
    }

    /** Records a typed character (not Enter); a long pause starts a new burst. */
    public void onCharacter(char c, long nanos) {
        if (burst.length() > 0 && nanos - lastNanos > maxGapNanos) {
            burst.setLength(0);
        }
        burst.append(c);
        lastNanos = nanos;
    }

    /**
     * Enter was pressed: returns the scanned text if this ends a scanner burst with the form of a scan,
     * else null (Enter submits what was typed). Either way the next character starts afresh.
     * Text no person types on a number screen counts as a scan even when it does not parse, so a
     * damaged code is answered with "cannot be read" instead of silence.
     */
    public String onEnter(long nanos) {
        String text = burst.toString();
        boolean fast = burst.length() >= MIN_SCAN_LENGTH && nanos - lastNanos <= maxGapNanos;
        boolean scanForm = hasText(text) || ScannedIdentifier.hasScanForm(text);
        burst.setLength(0);
        return fast && scanForm ? text : null;
    }

    /**
     * True while the current burst holds something no person types on a number screen (letters,
     * ':' or '/'): a URL is arriving, so its digits must not be taken as typed.
     */
    public boolean inTextBurst(long nanos) {
        return burst.length() > 0 && nanos - lastNanos <= maxGapNanos && hasText(burst);
    }

    private static boolean hasText(CharSequence chars) {
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != '-' && c != ' ') {
                return true;
            }
        }
        return false;
    }
}
