package be.sitegate.central;

import java.util.Objects;

/** A request to cancel one registration by its receipt number. */
public record Cancellation(String presenceRegistrationId, CancellationReason reason) {
    public Cancellation {
        Objects.requireNonNull(presenceRegistrationId, "presenceRegistrationId");
        Objects.requireNonNull(reason, "reason");
    }
}
