package be.sitegate.ui.attendance;

import be.sitegate.ui.shared.Styles;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;

/**
 * A row of big filter buttons, "all" first, then one per choice with its count: a finger picks a
 * filter, no keyboard needed, and the counts are the totals an inspector asks for. The chosen one
 * is marked; the view model holds the choice, the buttons only show it.
 */
final class FilterStrip<T> {

    private final HBox box;
    private final String idPrefix;
    private final Consumer<T> choose;

    FilterStrip(HBox box, String idPrefix, Consumer<T> choose) {
        this.box = box;
        this.idPrefix = idPrefix;
        this.choose = choose;
    }

    /** Rebuilds the buttons; {@code id} names each for tests, {@code label} is what it says. */
    void fill(String allLabel, Iterable<AttendanceViewModel.Count<T>> counts, Function<T, String> id,
            Function<T, String> label, T chosen) {
        box.getChildren().clear();
        box.getChildren().add(button(idPrefix + "all", allLabel, null, chosen == null));
        for (AttendanceViewModel.Count<T> c : counts) {
            box.getChildren().add(button(idPrefix + id.apply(c.value()), label.apply(c.value()) + " · " + c.count(),
                    c.value(), Objects.equals(c.value(), chosen)));
        }
    }

    /** Marks the chosen button when the choice changes without the counts changing. */
    void mark(ObservableValue<T> chosen, Function<T, String> id) {
        String wanted = idPrefix + (chosen.getValue() == null ? "all" : id.apply(chosen.getValue()));
        box.getChildren().forEach(n -> Styles.toggle(n, "chosen", wanted.equals(n.getId())));
    }

    private Button button(String id, String text, T value, boolean isChosen) {
        Button button = new Button(text);
        button.setId(id);
        button.getStyleClass().add("filter-button");
        Styles.toggle(button, "chosen", isChosen);
        button.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        button.setOnAction(e -> choose.accept(value));
        return button;
    }
}
