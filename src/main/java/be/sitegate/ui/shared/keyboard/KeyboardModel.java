package be.sitegate.ui.shared.keyboard;

import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The on-screen keyboard without the screen: which layout and page it shows, the shift state, and
 * what a key press sends to the target. AZERTY first: it is the layout Belgian site managers know.
 */
public final class KeyboardModel {

    public enum Layout {
        AZERTY,
        QWERTY
    }

    public enum Page {
        LETTERS,
        SYMBOLS
    }

    /** Shift once for one capital, twice for capitals until tapped again, as on a phone. */
    public enum Shift {
        OFF,
        ONCE,
        LOCKED
    }

    /** What a field holds: ordinary text, or a code written in capitals and digits (a workplace number). */
    public enum Hint {
        TEXT,
        CODE
    }

    /** Everything the keys' labels depend on, so the view redraws on one change. */
    public record State(Layout layout, Page page, Shift shift) {
    }

    private final ReadOnlyObjectWrapper<State> state =
            new ReadOnlyObjectWrapper<>(new State(Layout.AZERTY, Page.LETTERS, Shift.OFF));

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public State state() {
        return state.get();
    }

    /** The rows of keys for the current layout and page. */
    public List<List<Key>> rows() {
        return state().page() == Page.LETTERS ? KeyRows.letters(state().layout()) : KeyRows.symbols();
    }

    /** What a key shows: its letter in capitals while shifted. */
    public String label(Key key) {
        return key.kind() == Key.Kind.CHAR ? shifted(key.text()) : "";
    }

    /** A new field was chosen: letters, in capitals for a code, lower case otherwise. */
    public void useFor(Hint hint) {
        state.set(new State(state().layout(), Page.LETTERS, hint == Hint.CODE ? Shift.LOCKED : Shift.OFF));
    }

    public void press(Key key, KeyboardTarget target) {
        State s = state();
        switch (key.kind()) {
            case CHAR -> {
                target.type(shifted(key.text()));
                if (s.shift() == Shift.ONCE) {
                    state.set(new State(s.layout(), s.page(), Shift.OFF));
                }
            }
            case SPACE -> target.type(" ");
            case BACKSPACE -> target.backspace();
            case ENTER -> target.enter();
            case SHIFT -> state.set(new State(s.layout(), s.page(), switch (s.shift()) {
                case OFF -> Shift.ONCE;
                case ONCE -> Shift.LOCKED;
                case LOCKED -> Shift.OFF;
            }));
            case PAGE -> state.set(new State(s.layout(), s.page() == Page.LETTERS ? Page.SYMBOLS : Page.LETTERS,
                    s.shift()));
            case LAYOUT -> state.set(new State(s.layout() == Layout.AZERTY ? Layout.QWERTY : Layout.AZERTY,
                    s.page(), s.shift()));
        }
    }

    /** Shift changes letters only: the symbols page and the digits row type what they show. */
    private String shifted(String text) {
        boolean caps = state().page() == Page.LETTERS && state().shift() != Shift.OFF;
        return caps ? text.toUpperCase(Locale.ROOT) : text;
    }
}
