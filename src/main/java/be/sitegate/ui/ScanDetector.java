package be.sitegate.ui;

/**
 * Tells a QR scanner in keyboard-wedge mode from a person: the scanner "types" many characters a few
 * milliseconds apart and ends with Enter; people are far slower. Plain Java, fed with event times.
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
     * Enter was pressed: returns the scanned text if this ends a scanner burst, else null. Either way
     * the next character starts afresh.
     */
    public String onEnter(long nanos) {
        boolean scan = burst.length() >= MIN_SCAN_LENGTH && nanos - lastNanos <= maxGapNanos;
        String text = burst.toString();
        burst.setLength(0);
        return scan ? text : null;
    }

    /**
     * True while the current burst holds something no person types on a number screen (letters,
     * ':' or '/'): a URL is arriving, so its digits must not be taken as typed.
     */
    public boolean inTextBurst(long nanos) {
        if (burst.length() == 0 || nanos - lastNanos > maxGapNanos) {
            return false;
        }
        for (int i = 0; i < burst.length(); i++) {
            char c = burst.charAt(i);
            if (!Character.isDigit(c) && c != '.' && c != '-' && c != ' ') {
                return true;
            }
        }
        return false;
    }
}
