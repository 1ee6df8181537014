package be.sitegate.ui.shared.keyboard;

import be.sitegate.ui.shared.Styles;
import be.sitegate.ui.shared.keyboard.Key.Kind;
import be.sitegate.ui.shared.keyboard.KeyboardModel.Layout;
import be.sitegate.ui.shared.keyboard.KeyboardModel.Page;
import be.sitegate.ui.shared.keyboard.KeyboardModel.Shift;
import java.util.List;
import java.util.Locale;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The on-screen keyboard for a touch kiosk used with gloves: a digits row, letters (AZERTY, or QWERTY
 * a tap away) or symbols, shift, backspace, space and an enter key that says "next" or "done". Its
 * keys never take the focus, so the field keeps its caret and the physical keyboard and a QR scanner
 * (a keyboard wedge) go on typing into it as before. Key sizes are in the kiosk's scaled type
 * (kiosk.css, "issue 14 keyboard"): at least 60 px at 1024x768, bigger on larger screens.
 *
 * <p>Each key has the id {@code osk-} + {@link Key#id()}, so tests and screenshots can tap it.
 */
public final class OnScreenKeyboard extends VBox {

    /** The enter key's words in the screen's language. */
    public record Texts(String next, String done) {
    }

    private final KeyboardModel model;
    private final KeyboardTarget target;
    private final Texts texts;
    private final ChangeListener<KeyboardModel.State> redraw = (o, was, now) -> draw();

    public OnScreenKeyboard(KeyboardModel model, KeyboardTarget target, Texts texts) {
        this.model = model;
        this.target = target;
        this.texts = texts;
        getStyleClass().add("osk");
        setFocusTraversable(false);
        model.stateProperty().addListener(redraw);
        targetChanged();
    }

    /** Another field gets the keys: letters in the case it wants, and the enter key's word for it. */
    public void targetChanged() {
        model.useFor(target.hint());
        draw();
    }

    /** Lets go of the model (the screen is being taken down). */
    public void release() {
        model.stateProperty().removeListener(redraw);
    }

    private void draw() {
        getChildren().setAll(model.rows().stream().map(this::row).toList());
    }

    private HBox row(List<Key> keys) {
        HBox row = new HBox();
        row.getStyleClass().add("osk-row");
        row.getChildren().setAll(keys.stream().map(this::button).toList());
        return row;
    }

    private Button button(Key key) {
        Button b = new Button();
        b.setId("osk-" + key.id());
        b.getStyleClass().addAll("osk-key", "osk-w" + Math.round(key.units() * 10));
        b.setFocusTraversable(false); // the field keeps the focus, its caret and the physical keyboard
        b.setMnemonicParsing(false); // "_" is a key, not a mnemonic marker
        if (key.kind() == Kind.CHAR) {
            b.setText(model.label(key));
        } else {
            b.getStyleClass().add("osk-" + key.id());
            decorate(b, key.kind());
        }
        b.setOnAction(e -> {
            model.press(key, target);
            if (key.kind() == Kind.ENTER) {
                targetChanged(); // enter may have moved on to another field
            }
        });
        return b;
    }

    private void decorate(Button b, Kind kind) {
        KeyboardModel.State s = model.state();
        switch (kind) {
            case SHIFT -> {
                b.setText("⇧");
                Styles.toggle(b, "osk-on", s.shift() == Shift.ONCE);
                Styles.toggle(b, "osk-locked", s.shift() == Shift.LOCKED);
            }
            case BACKSPACE -> b.setText("⌫");
            case SPACE -> b.setText("");
            // Each toggle names what a tap gives, in the letters everyone reads on a keyboard.
            case PAGE -> b.setGraphic(small(s.page() == Page.LETTERS ? "#@&" : "ABC"));
            case LAYOUT -> b.setGraphic(small((s.layout() == Layout.AZERTY ? Layout.QWERTY : Layout.AZERTY)
                    .name().toUpperCase(Locale.ROOT)));
            case ENTER -> b.setGraphic(small(target.enterAction() == KeyboardTarget.Enter.NEXT
                    ? texts.next() + " →" : texts.done() + " ↵"));
            default -> { }
        }
    }

    /** A function key's word, smaller than a letter so it fits the key at every size. */
    private static Label small(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("osk-word");
        label.setMnemonicParsing(false);
        return label;
    }
}
