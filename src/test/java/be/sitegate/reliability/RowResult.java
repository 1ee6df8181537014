package be.sitegate.reliability;

import java.time.Duration;

/**
 * One fault's figures from one round of the matrix.
 *
 * @param delivered accepted on the kiosk with a receipt and held by the service
 * @param duplicates rows at the service beyond one per registration, and standing registrations beyond one
 *        per worker
 * @param lost made on the kiosk but not accepted, or not held by the service, once it was back
 * @param registerCalls delivery calls the service received while the fault lasted; -1 when it could not
 *        count them (its process was down)
 * @param failedExchanges exchanges the kiosk logged as failed while the fault lasted
 * @param allowedCalls the most calls the backoff allows in the fault's length (for expired tokens, which
 *        are no failure: two per registration, the refused call and its resend with a new token)
 * @param statusSteps checks of the status source and the status bar's view model that held
 */
record RowResult(ServiceFault fault, int registrations, int delivered, int duplicates, int lost, long registerCalls,
        long failedExchanges, long allowedCalls, Duration faultLength, int statusSteps) {

    /** The kiosk's calls per minute during the fault: the service's count, else the kiosk's. */
    double callsPerMinute() {
        long calls = registerCalls >= 0 ? registerCalls : failedExchanges;
        return calls * 60_000.0 / Math.max(1, faultLength.toMillis());
    }

    double allowedPerMinute() {
        return allowedCalls * 60_000.0 / Math.max(1, faultLength.toMillis());
    }

    boolean kept() {
        return lost == 0 && duplicates == 0 && delivered == registrations
                && Math.max(registerCalls, failedExchanges) <= allowedCalls;
    }
}
