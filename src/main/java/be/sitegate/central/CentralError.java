package be.sitegate.central;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Why the service did not create an item: its code, its description, and for
 * {@code ALREADY_REGISTERED} the receipt number of the registration that already exists.
 */
public record CentralError(String code, String description, Optional<String> existingRegistrationId) {

    /** The codes the contract names, for the UI; {@link #OTHER} for anything newer. */
    public enum Code {
        INVALID_INSS, INVALID_COMPANY_ID, INVALID_LIMOSA_ID, INVALID_PERSON, INVALID_DATE, DUC_NOT_EXISTING,
        SITE_NOT_SUBJECT, LIMOSA_NOT_KNOWN, ALREADY_REGISTERED,
        UNKNOWN_REGISTRATION, INVALID_REASON, ALREADY_CANCELLED,
        OTHER
    }

    public CentralError {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(existingRegistrationId, "existingRegistrationId");
    }

    public Code known() {
        return Arrays.stream(Code.values()).filter(c -> c != Code.OTHER && c.name().equals(code)).findFirst()
                .orElse(Code.OTHER);
    }
}
