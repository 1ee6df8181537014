package be.sitegate.ui;

import be.sitegate.ui.shared.FxmlView;
import java.util.EnumMap;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.function.Supplier;
import javafx.scene.layout.StackPane;

/**
 * Shows one screen at a time in the window's centre. Views are built on first use per language and
 * bound only while shown; a language switch throws them away so the next build reads the new texts.
 */
final class ScreenHost {

    private final StackPane holder;
    private final Map<Screen, Supplier<FxmlView>> factories;
    private final Map<Screen, FxmlView> built = new EnumMap<>(Screen.class);
    private ResourceBundle bundle;
    private FxmlView current;
    private Screen currentScreen;

    ScreenHost(StackPane holder, Map<Screen, Supplier<FxmlView>> factories, ResourceBundle bundle) {
        this.holder = holder;
        this.factories = factories;
        this.bundle = bundle;
    }

    void show(Screen screen) {
        if (current != null) {
            current.deactivate();
        }
        currentScreen = screen;
        current = built.computeIfAbsent(screen, s -> factories.get(s).get().load(bundle));
        current.root().setId("screen-" + screen.name().toLowerCase(java.util.Locale.ROOT));
        holder.getChildren().setAll(current.root());
        current.activate();
    }

    /** Unbinds the shown screen: the window closes, or the screen is rebuilt in another language. */
    void unbind() {
        if (current != null) {
            current.deactivate();
            current = null;
        }
    }

    /** Rebuilds the shown screen in the new language; the others are rebuilt when next shown. */
    void relocalise(ResourceBundle newBundle) {
        bundle = newBundle;
        unbind();
        built.clear();
        if (currentScreen != null) {
            show(currentScreen);
        }
    }
}
