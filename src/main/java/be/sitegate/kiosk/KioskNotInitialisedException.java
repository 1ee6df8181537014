package be.sitegate.kiosk;

/** A worker tried to register while the kiosk has no valid initialisation (e.g. after midnight). */
public final class KioskNotInitialisedException extends IllegalStateException {
    public KioskNotInitialisedException() {
        super("the kiosk is not initialised for today");
    }
}
