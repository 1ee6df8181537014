package be.sitegate.kiosk;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import java.util.Objects;
import java.util.Optional;

/** A worker as identified at the kiosk: who, how, and the name from the card if there was one. */
public record Worker(WorkerId id, IdentificationMethod method, Optional<String> displayName) {
    public Worker {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(displayName, "displayName");
    }

    public static Worker typed(WorkerId id, IdentificationMethod method) {
        return new Worker(id, method, Optional.empty());
    }
}
