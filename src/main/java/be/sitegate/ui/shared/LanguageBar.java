package be.sitegate.ui.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import javafx.stage.Popup;

/**
 * The language buttons, always on one row whatever the window's width and however many languages
 * (15 are planned): as many as fit, in the order given (most used first), and when not all fit a
 * "more languages" button with a globe that opens a picker holding every language. Each language
 * is written in its own name and script, so a worker finds theirs without reading the current one.
 * A row, not a wrapping flow: a second row of buttons pushed the idle screen's content up at
 * 1024x768 and would grow with every language added.
 */
public final class LanguageBar extends Region {

    /** Room between two buttons, in px at every size (the buttons themselves scale with the type). */
    static final double GAP = 10;

    private final List<Button> buttons = new ArrayList<>();
    private final Button more;
    private final Popup picker = new Popup();

    /**
     * @param moreText "more languages" in the current language, beside the globe
     */
    public LanguageBar(LanguageChoice choice, String moreText) {
        getStyleClass().add("language-bar");
        for (Language language : choice.languages()) {
            Button button = languageButton(language, choice, "lang-");
            buttons.add(button);
        }
        more = new Button(moreText, globe());
        more.setId("lang-more");
        more.getStyleClass().addAll("language-button", "language-more");
        more.setMinWidth(Region.USE_PREF_SIZE);
        more.setOnAction(e -> openPicker(choice));
        getChildren().addAll(buttons);
        getChildren().add(more);
        picker.setAutoHide(true);
        picker.setHideOnEscape(true);
    }

    private Button languageButton(Language language, LanguageChoice choice, String idPrefix) {
        Button button = new Button(language.ownName());
        button.setId(idPrefix + language.code());
        button.getStyleClass().add("language-button");
        button.setMinWidth(Region.USE_PREF_SIZE); // a name is never cut: a button that does not fit moves to the picker
        Styles.toggle(button, "language-current", choice.isCurrent(language));
        button.setOnAction(e -> {
            picker.hide();
            choice.choose(language);
        });
        return button;
    }

    /** How many of the languages show on the row at the current width (the rest are in the picker). */
    public int shownOnRow() {
        return (int) buttons.stream().filter(Button::isVisible).count();
    }

    /** Whether the picker with every language is open. */
    public boolean pickerShowing() {
        return picker.isShowing();
    }

    @Override
    protected void layoutChildren() {
        Insets in = getInsets();
        double width = getWidth() - in.getLeft() - in.getRight();
        double height = getHeight() - in.getTop() - in.getBottom();
        int fit = fitting(width);
        boolean all = fit == buttons.size();
        double used = rowWidth(fit, !all);
        double x = in.getLeft() + Math.max(0, (width - used) / 2); // centred, like the screens' content
        for (int i = 0; i < buttons.size(); i++) {
            Button b = buttons.get(i);
            b.setVisible(i < fit);
            if (i < fit) {
                double w = snapSizeX(b.prefWidth(-1));
                layoutInArea(b, x, in.getTop(), w, height, 0, javafx.geometry.HPos.CENTER,
                        javafx.geometry.VPos.CENTER);
                x += w + GAP;
            }
        }
        more.setVisible(!all);
        // The language in use, when it is one of those in the picker, shows as the "more" button's state.
        Styles.toggle(more, "language-current", buttons.subList(fit, buttons.size()).stream()
                .anyMatch(b -> b.getStyleClass().contains("language-current")));
        if (!all) {
            layoutInArea(more, x, in.getTop(), snapSizeX(more.prefWidth(-1)), height, 0,
                    javafx.geometry.HPos.CENTER, javafx.geometry.VPos.CENTER);
        }
    }

    /** The most languages, in order, that fit beside each other (with the "more" button when some are left out). */
    private int fitting(double width) {
        if (rowWidth(buttons.size(), false) <= width) {
            return buttons.size();
        }
        int n = buttons.size() - 1;
        while (n > 0 && rowWidth(n, true) > width) {
            n--;
        }
        return n;
    }

    private double rowWidth(int languages, boolean withMore) {
        double w = 0;
        for (int i = 0; i < languages; i++) {
            w += snapSizeX(buttons.get(i).prefWidth(-1));
        }
        int items = languages + (withMore ? 1 : 0);
        if (withMore) {
            w += snapSizeX(more.prefWidth(-1));
        }
        return w + Math.max(0, items - 1) * GAP;
    }

    @Override
    protected double computePrefWidth(double height) {
        return getInsets().getLeft() + rowWidth(buttons.size(), false) + getInsets().getRight();
    }

    /** Only the "more" button must fit: everything else can go into the picker. */
    @Override
    protected double computeMinWidth(double height) {
        return getInsets().getLeft() + snapSizeX(more.prefWidth(-1)) + getInsets().getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = more.prefHeight(-1);
        for (Button b : buttons) {
            h = Math.max(h, b.prefHeight(-1));
        }
        return getInsets().getTop() + h + getInsets().getBottom();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected double computeMaxHeight(double width) {
        return computePrefHeight(width);
    }

    /** Every language, big enough for a gloved finger, over the screen until one is chosen or the worker taps elsewhere. */
    private void openPicker(LanguageChoice choice) {
        FlowPane all = new FlowPane(GAP, GAP);
        all.setPrefWrapLength(Math.max(300, getWidth() * 0.8));
        for (Language language : choice.languages()) {
            all.getChildren().add(languageButton(language, choice, "pick-"));
        }
        VBox box = new VBox(all);
        box.setId("language-picker");
        box.getStyleClass().addAll("root", "language-picker"); // a popup's own scene: the kiosk's colours and font come with .root
        box.getStylesheets().add(Styles.stylesheet());
        // The popup is a window of its own: it takes the kiosk's type size from the bar's buttons.
        box.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", more.getFont().getSize() / 0.75));
        picker.getContent().setAll(box);
        Bounds onScreen = localToScreen(getLayoutBounds());
        picker.show(this, onScreen.getMinX(), onScreen.getMinY());
        // Above the bar, centred on it, once the popup knows its size.
        picker.setX(onScreen.getMinX() + (onScreen.getWidth() - box.getWidth()) / 2);
        picker.setY(onScreen.getMinY() - box.getHeight() - GAP);
    }

    /** A globe drawn as a shape: no font on the kiosk is sure to have the emoji, and it reads in every language. */
    private static SVGPath globe() {
        SVGPath globe = new SVGPath();
        globe.setContent("M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20zm0 2c1.3 0 3 2.7 3.3 7H8.7C9 6.7 10.7 4 12 4z"
                + "m-3.3 9h6.6c-.3 4.3-2 7-3.3 7s-3-2.7-3.3-7zM4.1 11a8 8 0 0 1 5-6.4C8.3 6.3 7.8 8.5 7.7 11H4.1z"
                + "m11.8-6.4a8 8 0 0 1 5 6.4h-3.6c-.1-2.5-.6-4.7-1.4-6.4zM4.1 13h3.6c.1 2.5.6 4.7 1.4 6.4a8 8 0 0 1-5-6.4z"
                + "m12.2 0h3.6a8 8 0 0 1-5 6.4c.8-1.7 1.3-3.9 1.4-6.4z");
        globe.getStyleClass().add("language-globe");
        return globe;
    }
}
