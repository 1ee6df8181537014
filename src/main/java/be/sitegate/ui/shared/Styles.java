package be.sitegate.ui.shared;

import javafx.scene.Node;

/** The kiosk's style sheet, and small helpers for style classes that follow a view-model state. */
public final class Styles {

    private Styles() {
    }

    /** The style sheet every kiosk window uses, as a URL for {@code Scene.getStylesheets()}. */
    public static String stylesheet() {
        return Styles.class.getResource("kiosk.css").toExternalForm();
    }

    public static void toggle(Node node, String styleClass, boolean on) {
        node.getStyleClass().remove(styleClass);
        if (on) {
            node.getStyleClass().add(styleClass);
        }
    }

    /** Replaces any class starting with {@code prefix} by {@code prefix + value}. */
    public static void variant(Node node, String prefix, String value) {
        node.getStyleClass().removeIf(c -> c.startsWith(prefix));
        node.getStyleClass().add(prefix + value);
    }
}
