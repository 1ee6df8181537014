package be.sitegate.sync;

import be.sitegate.central.CentralConfig;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The other end of the end-to-end forwarding tests over loopback HTTPS: the project's simulator, or
 * the scriptable stub. Each offers the same few levers the scenarios need.
 */
interface CentralPeer extends AutoCloseable {

    /** Base URL, its CA only, and a technical user its CA issued. */
    CentralConfig clientConfig();

    /** The kiosk's clock, agreeing with the peer's notion of today. */
    Clock kioskClock();

    LocalDate today();

    /**
     * The clock the HTTP client signs assertions with: the peer's own, so iat and exp agree with it
     * even when the peer runs on a fixed test clock.
     */
    default Clock clientClock() {
        return kioskClock();
    }

    /** A Checkinatwork workplace the technical user may register on. */
    be.sitegate.domain.WorkplaceId ciawSite();

    /** A Check In and Out at Work workplace. */
    be.sitegate.domain.WorkplaceId ciaowSite();

    /** An employer on the Checkinatwork workplace's declaration. */
    be.sitegate.domain.EnterpriseNumber ciawEmployer();

    /** An employer on the Check In and Out at Work workplace's declaration. */
    be.sitegate.domain.EnterpriseNumber ciaowEmployer();

    void expireTokens();

    /** Sizes of the register calls made to the peer, in order (counted by the peer or by {@link #counting}). */
    List<Integer> registerCallSizes();

    /** Wraps the kiosk's sender when the peer cannot count calls itself. */
    default PresenceSender counting(PresenceSender sender) {
        return sender;
    }

    void outage(boolean on);

    /** The peer commits the registration but the answer never reaches the kiosk. */
    void dropAfterCommit(boolean on);

    /** How many registrations the peer holds for this client reference (1 = exactly once). */
    int registrationsFor(String clientReference);

    /** True when the peer holds a registration with this receipt number for this client reference. */
    boolean confirms(String receipt, String clientReference);

    @Override
    void close();
}
