package be.sitegate.sync;

import be.sitegate.central.CentralAuthenticationException;
import be.sitegate.central.CentralException;
import be.sitegate.central.CentralRequestRefusedException;
import be.sitegate.central.CentralUnavailableException;
import be.sitegate.sync.SyncStatus.Connection;

/**
 * What a failed call as a whole says about the way to the service. None of them ends a record's
 * attempts: only the service's answer for the record itself does.
 */
enum FailureKind {
    /** The service could not be reached: wait with backoff, say "offline". */
    UNREACHABLE(Connection.OFFLINE),
    /** The service answered with an error for the whole call: wait with backoff, say "refusing". */
    REFUSING(Connection.REFUSING),
    /** One item of the batch breaks the contract (HTTP 400): send one at a time to find it. */
    MALFORMED_REQUEST(Connection.REFUSING),
    /**
     * The service does not accept this kiosk's technical user: no retry fixes that, so stop sending
     * until someone does (keeping every record), and say so.
     */
    NOT_ACCEPTED(Connection.NOT_ACCEPTED);

    private final Connection connection;

    FailureKind(Connection connection) {
        this.connection = connection;
    }

    Connection connection() {
        return connection;
    }

    static FailureKind of(CentralException e) {
        if (e instanceof CentralUnavailableException u) {
            return u.reason().unreachable() ? UNREACHABLE : REFUSING;
        }
        if (e instanceof CentralAuthenticationException) {
            return NOT_ACCEPTED;
        }
        if (e instanceof CentralRequestRefusedException r) {
            return switch (r.httpStatus()) {
                case 400 -> MALFORMED_REQUEST;
                case 401, 403 -> NOT_ACCEPTED;
                default -> REFUSING;
            };
        }
        return REFUSING;
    }
}
