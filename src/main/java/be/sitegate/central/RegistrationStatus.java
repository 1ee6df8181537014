package be.sitegate.central;

import java.util.Arrays;
import java.util.Optional;

/** A central registration's status, as the service writes it (with spaces). */
public enum RegistrationStatus {
    SUCCESSFULLY_REGISTERED("SUCCESSFULLY REGISTERED"),
    VALIDATED("VALIDATED"),
    /** Has a receipt number but was validated with remarks. */
    FAILED("FAILED"),
    SUCCESSFULLY_CANCELLED("SUCCESSFULLY CANCELLED");

    private final String wire;

    RegistrationStatus(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    static Optional<RegistrationStatus> fromWire(String text) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(text)).findFirst();
    }
}
