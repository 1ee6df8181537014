package be.sitegate.ui.shared.keyboard;

import javafx.scene.control.TextInputControl;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * The on-screen keyboard for a single field on a screen that has no room to keep one open (the
 * foreman's list, the administration): a tap on the field docks the keyboard in {@code dock}, its
 * enter key ("done") puts it away again. A physical keyboard or a scanner types into the field as
 * before. The dock takes no room while it is empty.
 */
public final class KeyboardOnDemand {

    private final TextInputControl field;
    private final Pane dock;
    private final OnScreenKeyboard.Texts texts;
    private final KeyboardModel.Hint hint;
    private OnScreenKeyboard keyboard;

    private KeyboardOnDemand(TextInputControl field, Pane dock, KeyboardModel.Hint hint, OnScreenKeyboard.Texts texts) {
        this.field = field;
        this.dock = dock;
        this.hint = hint;
        this.texts = texts;
    }

    /** Offers the keyboard for {@code field} in {@code dock}; returns the handle to take it down with. */
    public static KeyboardOnDemand attach(TextInputControl field, Pane dock, KeyboardModel.Hint hint,
            OnScreenKeyboard.Texts texts) {
        KeyboardOnDemand onDemand = new KeyboardOnDemand(field, dock, hint, texts);
        dock.setManaged(false);
        dock.setVisible(false);
        field.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> onDemand.show());
        return onDemand;
    }

    public boolean showing() {
        return keyboard != null;
    }

    /** Docks the keyboard under the screen, typing into the field. */
    public void show() {
        if (keyboard != null) {
            return;
        }
        TextFieldTarget typing = new TextFieldTarget(field, hint);
        keyboard = new OnScreenKeyboard(new KeyboardModel(), new KeyboardTarget() {
            @Override
            public void type(String text) {
                typing.type(text);
            }

            @Override
            public void backspace() {
                typing.backspace();
            }

            /** "Done": the field's own action, then the keyboard goes and the screen has its room back. */
            @Override
            public void enter() {
                typing.enter();
                hide();
            }

            @Override
            public KeyboardModel.Hint hint() {
                return hint;
            }
        }, texts);
        keyboard.setId("keyboard");
        dock.getChildren().setAll(keyboard);
        dock.setManaged(true);
        dock.setVisible(true);
        field.requestFocus();
    }

    /** Puts the keyboard away (done, or the screen is leaving). */
    public void hide() {
        if (keyboard == null) {
            return;
        }
        keyboard.release();
        keyboard = null;
        dock.getChildren().clear();
        dock.setManaged(false);
        dock.setVisible(false);
    }
}
