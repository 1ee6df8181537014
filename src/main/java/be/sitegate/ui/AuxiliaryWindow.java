package be.sitegate.ui;

/**
 * A window that lives as long as the kiosk window, such as the demo's virtual card reader. The kiosk
 * knows nothing of what it shows: it shows each one once its own window is up, and closes it when
 * its own window closes (so closing the kiosk ends the application, as a lone kiosk window does).
 */
public interface AuxiliaryWindow {

    /** Builds and shows the window; called once, on the FX thread. */
    void show();

    /** Closes the window; called on the FX thread, also when it was never shown. */
    void close();
}
