package be.sitegate.store;

import be.sitegate.domain.Registration;

/** The stored registration, and whether this call created it or found the one made earlier today. */
public record RegisterResult(Registration registration, boolean created) {
}
