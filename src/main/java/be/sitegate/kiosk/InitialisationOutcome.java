package be.sitegate.kiosk;

import be.sitegate.domain.KioskInitialisation;
import be.sitegate.kiosk.InitialisationRefusedException.Refusal;
import java.time.Duration;
import java.util.Optional;

/** How a morning initialisation attempt ended. */
public sealed interface InitialisationOutcome {

    /** The kiosk is open; {@code details} has the contractor and companies for the summary. */
    record Initialised(KioskInitialisation initialisation, CentralInitialisation details) implements InitialisationOutcome {
    }

    record Refused(Refusal refusal, Optional<Duration> retryAfter) implements InitialisationOutcome {
    }

    /**
     * The central service is out of reach. {@code cached} holds an earlier day's details for this
     * workplace and user name, which the contractor may choose to use (with a visible warning).
     */
    record Offline(Optional<CachedInitialisation> cached) implements InitialisationOutcome {
    }
}
