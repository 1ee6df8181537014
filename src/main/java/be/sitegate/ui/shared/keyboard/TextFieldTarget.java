package be.sitegate.ui.shared.keyboard;

import javafx.event.ActionEvent;
import javafx.scene.control.TextInputControl;

/**
 * A text or password field as the keyboard's target. Edits go through the field's own
 * {@code replaceText}, so its bindings, listeners and any text formatter see a key of the on-screen
 * keyboard exactly as they see one of a physical keyboard or a scanner.
 */
public final class TextFieldTarget implements KeyboardTarget {

    private final TextInputControl field;
    private final KeyboardModel.Hint hint;

    public TextFieldTarget(TextInputControl field, KeyboardModel.Hint hint) {
        this.field = field;
        this.hint = hint;
    }

    public TextInputControl field() {
        return field;
    }

    @Override
    public void type(String text) {
        apply(current().insert(text));
    }

    @Override
    public void backspace() {
        apply(current().backspace());
    }

    /** As Enter on a physical keyboard: the field's action (the form's submit) runs. */
    @Override
    public void enter() {
        field.fireEvent(new ActionEvent());
    }

    @Override
    public KeyboardModel.Hint hint() {
        return hint;
    }

    private TextEdit current() {
        String text = field.getText() == null ? "" : field.getText();
        return new TextEdit(text, field.getAnchor(), field.getCaretPosition());
    }

    /** Replaces only the part that changed, then puts the caret where the edit left it. */
    private void apply(TextEdit after) {
        TextEdit before = current();
        String was = before.text();
        String now = after.text();
        int prefix = 0;
        int max = Math.min(was.length(), now.length());
        while (prefix < max && was.charAt(prefix) == now.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && was.charAt(was.length() - 1 - suffix) == now.charAt(now.length() - 1 - suffix)) {
            suffix++;
        }
        if (!was.equals(now)) {
            field.replaceText(prefix, was.length() - suffix, now.substring(prefix, now.length() - suffix));
        }
        field.selectRange(after.anchor(), after.caret());
    }
}
