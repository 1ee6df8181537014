package be.sitegate.domain;

import java.util.Objects;

/**
 * The foreman's and site manager's PIN: 6 to 12 digits. Six is the shortest that a lock growing
 * after three wrong tries keeps out of reach of guessing for the life of a site (a million
 * combinations); digits only, so it is typed on the kiosk's keypad with gloves on. Its text never
 * appears in {@link #toString()} and is handed only to the hasher.
 */
public final class Pin {

    public static final int MIN_DIGITS = 6;
    public static final int MAX_DIGITS = 12;

    private final String digits;

    private Pin(String digits) {
        this.digits = digits;
    }

    /** @throws IllegalArgumentException when it is not 6 to 12 digits */
    public static Pin of(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String digits = text.toString();
        if (digits.length() < MIN_DIGITS || digits.length() > MAX_DIGITS || !digits.chars().allMatch(Pin::isAsciiDigit)) {
            throw new IllegalArgumentException("a PIN is " + MIN_DIGITS + " to " + MAX_DIGITS + " digits");
        }
        return new Pin(digits);
    }

    public static boolean isValid(CharSequence text) {
        try {
            of(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isAsciiDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** The digits, for the hasher only. */
    public String digits() {
        return digits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pin other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }

    @Override
    public String toString() {
        return "Pin[******]";
    }
}
