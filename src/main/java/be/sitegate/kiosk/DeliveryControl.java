package be.sitegate.kiosk;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import java.util.Optional;

/**
 * The way forward for a record that did not reach the service as it should, for the foreman's and
 * site manager's screens: send a refused one again after a correction, acknowledge one that cannot
 * be sent any more, or send everything waiting now instead of at the backoff's pace.
 */
public interface DeliveryControl {

    /**
     * Sends a REJECTED record again, at once, with the employer corrected when one is given. False
     * when the record is not REJECTED (accepted meanwhile, or EXPIRED: its day has passed).
     */
    boolean resend(ClientReference reference, Optional<EnterpriseNumber> correctedEmployer);

    /** Marks a REJECTED or EXPIRED record as seen, so it no longer counts as needing attention. */
    boolean acknowledge(ClientReference reference);

    /** Records that the service withdrew an accepted registration, with the reason given. */
    boolean markWithdrawn(ClientReference reference, CancelReason reason);

    /** Sends everything waiting now, cutting any backoff short (e.g. when the network is back). */
    void sendNow();
}
