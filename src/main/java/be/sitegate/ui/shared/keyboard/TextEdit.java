package be.sitegate.ui.shared.keyboard;

/**
 * A field's text with its caret and selection anchor, and what a key does to them: the editing
 * rules of the on-screen keyboard as plain values, testable without a screen.
 */
public record TextEdit(String text, int anchor, int caret) {

    public TextEdit {
        if (anchor < 0 || caret < 0 || anchor > text.length() || caret > text.length()) {
            throw new IllegalArgumentException("caret or anchor outside the text");
        }
    }

    /** The caret at the end, as a field is after typing into it. */
    public static TextEdit atEnd(String text) {
        return new TextEdit(text, text.length(), text.length());
    }

    public int start() {
        return Math.min(anchor, caret);
    }

    public int end() {
        return Math.max(anchor, caret);
    }

    /** Typed at the caret; a selection is replaced, as every text field does with a physical keyboard. */
    public TextEdit insert(String typed) {
        String after = text.substring(0, start()) + typed + text.substring(end());
        int at = start() + typed.length();
        return new TextEdit(after, at, at);
    }

    /** The selection goes, or else the one character before the caret (a whole surrogate pair). */
    public TextEdit backspace() {
        if (start() != end()) {
            return insert("");
        }
        if (caret == 0) {
            return this;
        }
        int from = caret - 1;
        if (from > 0 && Character.isLowSurrogate(text.charAt(from)) && Character.isHighSurrogate(text.charAt(from - 1))) {
            from--;
        }
        return new TextEdit(text.substring(0, from) + text.substring(caret), from, from);
    }
}
