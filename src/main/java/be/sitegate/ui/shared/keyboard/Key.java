package be.sitegate.ui.shared.keyboard;

/**
 * One key of the on-screen keyboard: what it does, the character it types (for {@link Kind#CHAR}),
 * and its width in key units, so a wide key (space, enter) lines up with the rows of letters.
 */
public record Key(Kind kind, String text, double units) {

    public enum Kind {
        CHAR,
        SHIFT,
        BACKSPACE,
        SPACE,
        /** Letters to symbols and back. */
        PAGE,
        /** AZERTY to QWERTY and back. */
        LAYOUT,
        ENTER
    }

    public static Key ch(char c) {
        return new Key(Kind.CHAR, String.valueOf(c), 1);
    }

    public static Key of(Kind kind, double units) {
        return new Key(kind, "", units);
    }

    /**
     * A name for the key that is the same in every state and a valid CSS id: the letter or digit itself
     * (lower case), the code point in hex for a symbol, the kind for the others.
     */
    public String id() {
        if (kind != Kind.CHAR) {
            return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
        char c = text.charAt(0);
        return Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(Character.toLowerCase(c))
                : "u" + Integer.toHexString(c);
    }
}
