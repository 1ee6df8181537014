package be.sitegate.ui;

import java.util.Objects;

/**
 * What the administration screen may do to the kiosk itself, given by the composition root: the
 * screen only knows these two actions, not the forwarder or the JavaFX application behind them.
 *
 * @param sendNow sends everything waiting now ({@code DeliveryControl.sendNow}); must not block
 * @param exit ends the kiosk ({@code Platform::exit} in the kiosk command)
 */
public record AdminTools(Runnable sendNow, Runnable exit) {

    public AdminTools {
        Objects.requireNonNull(sendNow, "sendNow");
        Objects.requireNonNull(exit, "exit");
    }
}
