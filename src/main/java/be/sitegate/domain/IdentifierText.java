package be.sitegate.domain;

import be.sitegate.domain.InvalidIdentifierException.Reason;

/** The lenient input side shared by all identifiers: people type dots, dashes and spaces. */
final class IdentifierText {

    private IdentifierText() {
    }

    /** Removes the separators people write (dots, dashes, slashes, spaces); null becomes empty. */
    static String stripSeparators(String input) {
        if (input == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(input.length());
        for (int i = 0; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c != '.' && c != '-' && c != '/' && !Character.isWhitespace(c) && c != '\u00a0') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Bare digits of a number-only identifier, or the first rule it breaks. */
    static String digits(String type, String input, int minLength, int maxLength) {
        String bare = stripSeparators(input);
        if (bare.isEmpty()) {
            throw new InvalidIdentifierException(type, Reason.EMPTY);
        }
        for (int i = 0; i < bare.length(); i++) {
            char c = bare.charAt(i);
            if (c < '0' || c > '9') {
                throw new InvalidIdentifierException(type, Reason.INVALID_CHARACTERS);
            }
        }
        if (bare.length() < minLength || bare.length() > maxLength) {
            throw new InvalidIdentifierException(type, Reason.WRONG_LENGTH);
        }
        return bare;
    }

    /** The modulo-97 check digits used by both the national and the enterprise number. */
    static int mod97CheckDigits(long number) {
        return 97 - (int) (number % 97);
    }
}
