package be.sitegate.ui.shared;

import java.util.List;
import java.util.Objects;

/**
 * A text a view model wants shown: a message key and its arguments, translated by the view in the
 * language of the moment. Keeps view models free of locales and makes their tests language-proof.
 * An argument may itself be a {@code Msg}.
 */
public record Msg(String key, List<Object> args) {

    public static final Msg NONE = new Msg("", List.of());

    public Msg {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Msg of(String key, Object... args) {
        return new Msg(key, List.of(args));
    }

    public boolean isNone() {
        return key.isEmpty();
    }
}
