package be.sitegate.ui.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.control.Labeled;

/**
 * The bindings and listeners one view made while active; {@link #dispose} undoes them all, so a view
 * that is hidden or rebuilt for another language holds no reference to its view model.
 */
public final class ViewBindings {

    private final ResourceBundle bundle;
    private final List<Runnable> undo = new ArrayList<>();

    ViewBindings(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public String text(Msg msg) {
        return I18n.text(bundle, msg);
    }

    /** A label showing a translated view-model text; hidden (and taking no room) while there is none. */
    public void msg(Labeled label, ObservableValue<Msg> msg) {
        label.textProperty().bind(Bindings.createStringBinding(() -> I18n.text(bundle, msg.getValue()), msg));
        undo.add(() -> label.textProperty().unbind());
        shownWhen(label, msg, m -> m != null && !m.isNone());
    }

    public void plain(Labeled label, ObservableValue<String> text) {
        label.textProperty().bind(text);
        undo.add(() -> label.textProperty().unbind());
    }

    public <T> void shownWhen(Node node, ObservableValue<T> value, Function<T, Boolean> test) {
        ChangeListener<T> listener = (obs, old, now) -> show(node, test.apply(now));
        value.addListener(listener);
        show(node, test.apply(value.getValue()));
        undo.add(() -> value.removeListener(listener));
    }

    /** Calls {@code listener} now and on every change until disposed. */
    public <T> void listen(ObservableValue<T> value, java.util.function.Consumer<T> listener) {
        ChangeListener<T> change = (obs, old, now) -> listener.accept(now);
        value.addListener(change);
        listener.accept(value.getValue());
        undo.add(() -> value.removeListener(change));
    }

    public void onDispose(Runnable action) {
        undo.add(action);
    }

    void dispose() {
        undo.forEach(Runnable::run);
        undo.clear();
    }

    public static void show(Node node, boolean shown) {
        node.setVisible(shown);
        node.setManaged(shown);
    }
}
