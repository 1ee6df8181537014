package be.sitegate.central;

import be.sitegate.domain.ClientReference;
import java.util.List;
import java.util.Optional;

/** What the service did with one item of a register call, in item order. */
public sealed interface ItemResult {

    ClientReference clientReference();

    /** Registered: the receipt number, status and remarks are in {@code registration}. */
    record Created(ClientReference clientReference, CentralRegistration registration) implements ItemResult {
    }

    /** Not registered, with 1 to 10 errors. */
    record NotCreated(ClientReference clientReference, List<CentralError> errors) implements ItemResult {
        public NotCreated {
            errors = List.copyOf(errors);
        }

        /** The receipt of the registration that already exists, when that is the (only) reason. */
        public Optional<String> existingRegistrationId() {
            return errors.stream().filter(e -> e.known() == CentralError.Code.ALREADY_REGISTERED)
                    .flatMap(e -> e.existingRegistrationId().stream()).findFirst();
        }
    }
}
