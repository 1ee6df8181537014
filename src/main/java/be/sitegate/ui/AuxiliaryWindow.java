package be.sitegate.ui;

import javafx.stage.Window;

/**
 * A window that lives as long as the kiosk window, such as the demo's virtual card reader. The kiosk
 * knows nothing of what it shows: it shows each one once its own window is up, and closes it when
 * its own window closes (so closing the kiosk ends the application, as a lone kiosk window does).
 */
public interface AuxiliaryWindow {

    /** Builds and shows the window; called once, on the FX thread. */
    void show();

    /**
     * Like {@link #show()}, knowing the kiosk's window: a window beside the kiosk gives the keyboard
     * back to it after each use, so what a worker types still reaches the kiosk.
     */
    default void show(Window kiosk) {
        show();
    }

    /**
     * The width in px this window takes along the kiosk's right edge, top to status bar. The kiosk's
     * screens shrink beside it, so it never covers a field, a title or a button; 0 when it floats
     * nowhere in particular.
     */
    default double reservedWidth() {
        return 0;
    }

    /** Closes the window; called on the FX thread, also when it was never shown. */
    void close();
}
