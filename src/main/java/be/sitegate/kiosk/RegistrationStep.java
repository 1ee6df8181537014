package be.sitegate.kiosk;

import be.sitegate.domain.Company;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import java.util.List;
import java.util.Optional;

/** Where a worker's registration stands after each step of {@link RegistrationService}. */
public sealed interface RegistrationStep {

    /** The worker must say who employs them today. */
    record ChooseEmployer(Worker worker, List<Company> companies) implements RegistrationStep {
        public ChooseEmployer {
            companies = List.copyOf(companies);
        }
    }

    /** Check In and Out: the worker is at work and says whether this is a break or the end. */
    record ChooseBreakOrEnd(Worker worker, Optional<Company> employer) implements RegistrationStep {
    }

    /** A new Checkinatwork registration, stored and queued for the central service. */
    record Registered(Registration registration, Optional<Company> employer) implements RegistrationStep {
    }

    /** The worker was already registered today; {@code registration} is the earlier one. */
    record AlreadyRegistered(Registration registration, Optional<Company> employer) implements RegistrationStep {
    }

    /** A Check In and Out event, stored and queued. */
    record EventRecorded(PresenceEvent event, Optional<Company> employer) implements RegistrationStep {
    }
}
