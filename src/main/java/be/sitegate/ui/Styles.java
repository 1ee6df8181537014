package be.sitegate.ui;

import javafx.scene.Node;

/** Small helpers for style classes that follow a view-model state. */
final class Styles {

    private Styles() {
    }

    static void toggle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    /** Replaces any class starting with {@code prefix} by {@code prefix + value}. */
    static void variant(Node node, String prefix, String value) {
        node.getStyleClass().removeIf(c -> c.startsWith(prefix));
        node.getStyleClass().add(prefix + value);
    }
}
