package be.sitegate.pki;

import java.nio.file.Path;

/**
 * Refuses paths whose names hold characters no one types on purpose: control characters (a newline
 * turns one log or shell line into two), line and paragraph separators, and invisible formatting
 * characters such as a right-to-left override (a name that reads as something else). Such a path
 * comes from a mistake or from someone who wants the kiosk's files where nobody looks.
 */
public final class PlainPaths {

    private PlainPaths() {
    }

    /** {@code path} unchanged, or an {@link IllegalArgumentException} that shows the odd character escaped. */
    public static Path require(Path path) {
        String text = path.toString();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isOdd(c)) {
                throw new IllegalArgumentException(String.format(
                        "the path %s holds the character U+%04X at position %d; choose a folder without control"
                                + " or invisible characters", escaped(text), (int) c, i + 1));
            }
        }
        return path;
    }

    static boolean isOdd(char c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.FORMAT;
    }

    /** The path with every odd character as {@code \\uXXXX}, so the message itself stays one plain line. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(isOdd(c) ? String.format("\\u%04X", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
