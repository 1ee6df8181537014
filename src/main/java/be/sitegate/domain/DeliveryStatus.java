package be.sitegate.domain;

/** Where a stored registration or event is on its way to the central service. */
public enum DeliveryStatus {
    /** Stored on the kiosk, not yet (successfully) sent. */
    PENDING,
    /** Sent, the answer not yet stored (a crash here means: send again, the reference de-duplicates). */
    SENT,
    /** The service gave a receipt number: the registration is in order. */
    ACCEPTED,
    /** The service refused it, with remarks; retrying the same data would not help. */
    REJECTED,
    /** Given up after too many failed attempts; shown to site management with the last error. */
    DEAD;

    public boolean isFinal() {
        return this == ACCEPTED || this == REJECTED || this == DEAD;
    }
}
