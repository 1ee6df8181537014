package be.sitegate.ui;

import be.sitegate.ui.pin.PinViewModel;
import java.util.Optional;

/**
 * The one way to the foreman's and site manager's screens: the PIN first, then the screen asked
 * for. A kiosk built without a PIN gate (screens tested on fakes) opens them directly; the kiosk
 * command always builds one.
 */
final class ForemanDoor {

    private final Optional<PinViewModel> pin;
    private final KioskFlow flow;

    ForemanDoor(Optional<PinViewModel> pin, KioskFlow flow) {
        this.pin = pin;
        this.flow = flow;
    }

    /** Asks for the PIN and, if it is right and nothing else came first, opens {@code behind}. */
    void open(Runnable behind) {
        if (pin.isEmpty()) {
            behind.run();
            return;
        }
        long mine = flow.beginTurn();
        pin.get().open(new PinViewModel.Exits(() -> {
            if (flow.isTurn(mine)) {
                behind.run();
            }
        }, flow::toIdle));
        flow.showForeman(Screen.PIN);
    }
}
