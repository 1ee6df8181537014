package be.sitegate.domain;

/**
 * A Limosa declaration (L1) number. The official schema leaves it a free string and no check digit
 * is published; observed numbers have 17 digits. Digits only, leniently length-checked: the central
 * service says whether it is known and active.
 */
public final class LimosaId {

    private static final String TYPE = "LIMOSA_ID";
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 20;

    private final String digits;

    private LimosaId(String digits) {
        this.digits = digits;
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    public static LimosaId parse(String input) {
        return new LimosaId(IdentifierText.digits(TYPE, input, MIN_LENGTH, MAX_LENGTH));
    }

    /** The canonical form: bare digits. */
    @Override
    public String toString() {
        return digits;
    }

    /** Groups of four from the left, easier to compare with the paper L1 form. */
    public String formatted() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i += 4) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(digits, i, Math.min(i + 4, digits.length()));
        }
        return out.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LimosaId other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
