package be.sitegate.kiosk;

import be.sitegate.domain.Delivery;

/**
 * Where a person's registration stands, in the few kinds an inspector and a foreman count and
 * filter by. Declared from what needs the foreman most to what needs nothing, so a person with
 * several events shows the one that needs them most.
 */
public enum AttendanceStatus {
    /** The service refused it; it can be sent again after a correction. */
    REFUSED,
    /** Not sent in its time: it can no longer be sent as it is. */
    NOT_SENDABLE,
    /** Stored on this kiosk, waiting to be sent. */
    STORED,
    /** Sent, the service's answer not yet stored. */
    SENT,
    /** Registered, with a remark the site manager should act on. */
    REGISTERED_WITH_REMARK,
    /** Registered: the service gave a receipt number. */
    REGISTERED,
    /** Registered, then withdrawn at the service at the site manager's request: not counted as present. */
    WITHDRAWN;

    public static AttendanceStatus of(Delivery delivery) {
        return switch (delivery.status()) {
            case PENDING -> STORED;
            case SENT -> SENT;
            case ACCEPTED -> delivery.withdrawn() ? WITHDRAWN
                    : delivery.remarks().isEmpty() ? REGISTERED : REGISTERED_WITH_REMARK;
            case REJECTED -> REFUSED;
            case EXPIRED -> NOT_SENDABLE;
        };
    }
}
