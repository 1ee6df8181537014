package be.sitegate.domain;

import be.sitegate.domain.InvalidIdentifierException.Reason;

/**
 * A Crossroads Bank for Enterprises number (KBO/BCE): 10 digits starting with 0 or 1, the last two
 * being {@code 97 - (first 8 mod 97)}. Accepts the VAT form with a {@code BE} prefix on input.
 */
public final class EnterpriseNumber {

    private static final String TYPE = "ENTERPRISE_NUMBER";

    private final String digits;

    private EnterpriseNumber(String digits) {
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

    /** Accepts {@code 0566988259}, {@code 0566.988.259}, {@code BE 0566 988 259} and similar. */
    public static EnterpriseNumber parse(String input) {
        String bare = IdentifierText.stripSeparators(input);
        if (bare.length() >= 2 && bare.substring(0, 2).equalsIgnoreCase("BE")) {
            bare = bare.substring(2);
        }
        String d = IdentifierText.digits(TYPE, bare, 10, 10);
        if (d.charAt(0) != '0' && d.charAt(0) != '1') {
            throw new InvalidIdentifierException(TYPE, Reason.WRONG_FIRST_DIGIT);
        }
        long first8 = Long.parseLong(d.substring(0, 8));
        if (IdentifierText.mod97CheckDigits(first8) != Integer.parseInt(d.substring(8))) {
            throw new InvalidIdentifierException(TYPE, Reason.WRONG_CHECK_DIGITS);
        }
        return new EnterpriseNumber(d);
    }

    /** The canonical form: 10 bare digits. */
    @Override
    public String toString() {
        return digits;
    }

    /** {@code 0566.988.259}. */
    public String formatted() {
        return digits.substring(0, 4) + "." + digits.substring(4, 7) + "." + digits.substring(7);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnterpriseNumber other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
