package be.sitegate.central;

import java.util.List;

/** What the service did with one cancellation, in item order. */
public sealed interface CancelResult {

    String presenceRegistrationId();

    record Cancelled(String presenceRegistrationId, CentralRegistration registration) implements CancelResult {
    }

    /** Codes {@code UNKNOWN_REGISTRATION}, {@code INVALID_REASON}, {@code ALREADY_CANCELLED}. */
    record NotCancelled(String presenceRegistrationId, List<CentralError> errors) implements CancelResult {
        public NotCancelled {
            errors = List.copyOf(errors);
        }
    }
}
