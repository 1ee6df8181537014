package be.sitegate.ui;

import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.event.EventHandler;
import javafx.event.EventTarget;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.input.MouseEvent;
import javafx.util.Subscription;

/**
 * Applies the {@link TapGuard} to the window: every swap of the shown screen is a screen change, and a
 * press or release the guard refuses is consumed before any button sees it. Touch taps arrive here as
 * the mouse events JavaFX makes of them, so one filter covers the finger and the demo's mouse.
 */
final class TapFilter {

    private TapFilter() {
    }

    static Subscription install(Scene scene, ObservableList<Node> shownScreen, TapGuard guard) {
        ListChangeListener<Node> swapped = change -> guard.screenChanged();
        EventHandler<MouseEvent> filter = event -> {
            boolean acts = true;
            if (event.getEventType() == MouseEvent.MOUSE_PRESSED) {
                acts = guard.press();
            } else if (event.getEventType() == MouseEvent.MOUSE_RELEASED) {
                acts = guard.release();
                if (!acts) {
                    disarm(event.getTarget());
                }
            } else if (event.getEventType() == MouseEvent.MOUSE_CLICKED) {
                acts = guard.click();
            }
            if (!acts) {
                event.consume();
            }
        };
        shownScreen.addListener(swapped);
        scene.addEventFilter(MouseEvent.ANY, filter);
        return () -> {
            shownScreen.removeListener(swapped);
            scene.removeEventFilter(MouseEvent.ANY, filter);
        };
    }

    /**
     * The button pressed on the screen that left would stay armed without its release, and look pressed
     * when its screen (kept built) comes back.
     */
    private static void disarm(EventTarget target) {
        for (Node node = target instanceof Node n ? n : null; node != null; node = node.getParent()) {
            if (node instanceof ButtonBase button) {
                button.disarm();
                return;
            }
        }
    }
}
