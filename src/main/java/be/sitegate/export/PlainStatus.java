package be.sitegate.export;

import be.sitegate.domain.Delivery;

/**
 * A record's delivery state as an inspector reads it. It splits "registered" into with and without a
 * remark, because a remark (no Dimona, employer not on the declaration...) is what an inspector asks about.
 */
public enum PlainStatus {
    STORED,
    SENT,
    REGISTERED,
    REGISTERED_WITH_REMARK,
    REFUSED,
    NOT_SENT_IN_TIME,
    /** Registered, then withdrawn at the service (holiday, illness, planning, C32A). */
    WITHDRAWN;

    static PlainStatus of(Delivery delivery) {
        return switch (delivery.status()) {
            case PENDING -> STORED;
            case SENT -> SENT;
            case ACCEPTED -> delivery.withdrawn() ? WITHDRAWN
                    : delivery.remarks().isEmpty() ? REGISTERED : REGISTERED_WITH_REMARK;
            case REJECTED -> REFUSED;
            case EXPIRED -> NOT_SENT_IN_TIME;
        };
    }
}
