package be.sitegate.domain;

/**
 * Where a stored registration or event is on its way to the central service. Nothing the network or
 * the service does to a whole call ends a record's journey: only the service's answer for that record
 * (ACCEPTED, REJECTED) or the end of the time it may still be sent in (EXPIRED).
 */
public enum DeliveryStatus {
    /** Stored on the kiosk, not yet (successfully) sent; waits as long as it takes. */
    PENDING,
    /** Sent, the answer not yet stored (a crash here means: send again, the reference de-duplicates). */
    SENT,
    /** The service gave a receipt number: the registration is in order (possibly with remarks). */
    ACCEPTED,
    /** The service refused this record (an item-level error); it can be sent again after a correction. */
    REJECTED,
    /**
     * Not sent in time: the day it was for has passed before the service could be reached, and the
     * service takes no other date. Kept, with the remedy, until someone acknowledges it.
     */
    EXPIRED;

    public boolean isFinal() {
        return this == ACCEPTED || this == REJECTED || this == EXPIRED;
    }

    /** Stored on the kiosk and still on its way: what the status bar calls waiting. */
    public boolean isWaiting() {
        return this == PENDING || this == SENT;
    }
}
