package be.sitegate.ui.shared.keyboard;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.util.Subscription;

/**
 * A form's fields, in order, as one keyboard target: keys go to the field tapped last (the keyboard's
 * keys never take the focus, and a tap on a button of the form must not lose the field), enter moves
 * on to the next field and, on the last one, does what Enter does there.
 */
public final class FieldChain implements KeyboardTarget {

    private final List<TextFieldTarget> fields;
    private final ReadOnlyObjectWrapper<TextFieldTarget> current;
    private final Subscription listening;

    public FieldChain(List<TextFieldTarget> fields) {
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("a form without fields");
        }
        this.fields = List.copyOf(fields);
        this.current = new ReadOnlyObjectWrapper<>(this.fields.stream()
                .filter(f -> f.field().isFocused()).findFirst().orElse(this.fields.get(0)));
        Subscription all = Subscription.EMPTY;
        for (TextFieldTarget f : this.fields) {
            ChangeListener<Boolean> focus = (o, was, now) -> {
                if (now) {
                    current.set(f);
                }
            };
            f.field().focusedProperty().addListener(focus);
            all = all.and(() -> f.field().focusedProperty().removeListener(focus));
        }
        this.listening = all;
    }

    /** The field that gets the keys; it changes when another field is tapped or enter moves on. */
    public ReadOnlyObjectProperty<TextFieldTarget> currentProperty() {
        return current.getReadOnlyProperty();
    }

    @Override
    public void type(String text) {
        focused().type(text);
    }

    @Override
    public void backspace() {
        focused().backspace();
    }

    @Override
    public void enter() {
        int at = fields.indexOf(focused());
        if (at == fields.size() - 1) {
            fields.get(at).enter();
        } else {
            fields.get(at + 1).field().requestFocus();
            current.set(fields.get(at + 1));
        }
    }

    @Override
    public Enter enterAction() {
        return fields.indexOf(current.get()) == fields.size() - 1 ? Enter.DONE : Enter.NEXT;
    }

    @Override
    public KeyboardModel.Hint hint() {
        return current.get().hint();
    }

    /** Stops following the fields' focus (the screen is being taken down). */
    public void release() {
        listening.unsubscribe();
    }

    /** The current field, given the focus back if a button of the form took it, so its caret shows. */
    private TextFieldTarget focused() {
        TextFieldTarget f = current.get();
        if (!f.field().isFocused() && f.field().getScene() != null) {
            int anchor = f.field().getAnchor();
            int caret = f.field().getCaretPosition();
            f.field().requestFocus();
            f.field().selectRange(anchor, caret); // a focus gained is not a "select all": the caret stays
        }
        return f;
    }
}
