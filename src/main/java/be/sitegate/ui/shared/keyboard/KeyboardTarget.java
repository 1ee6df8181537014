package be.sitegate.ui.shared.keyboard;

/**
 * Where the on-screen keyboard's keys go. The keyboard knows only this, not the screen, so the same
 * keyboard serves a text field, a password field, or a PIN field that draws dots of its own.
 */
public interface KeyboardTarget {

    /** What the enter key does now; its label says which, so a gloved user knows before tapping. */
    enum Enter {
        /** On to the next field of the form. */
        NEXT,
        /** The last field: the form is submitted, as Enter on a physical keyboard does. */
        DONE
    }

    /** Inserts at the caret, replacing the selection if there is one. */
    void type(String text);

    /** Deletes the selection, or the character before the caret; nothing on an empty field. */
    void backspace();

    /** The enter key: next field, or done. */
    void enter();

    default Enter enterAction() {
        return Enter.DONE;
    }

    /** What the field holds, so the keyboard can start it in capitals (a workplace number) or not. */
    default KeyboardModel.Hint hint() {
        return KeyboardModel.Hint.TEXT;
    }
}
