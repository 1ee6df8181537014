package be.sitegate.kiosk;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/** The central service refused an initialisation; {@link Refusal} is what the screen explains. */
public final class InitialisationRefusedException extends RuntimeException {

    /** The refusals of {@code POST /api/v1/kiosk/initialisations}. */
    public enum Refusal {
        BAD_CREDENTIALS,
        WORKPLACE_NOT_ALLOWED,
        UNKNOWN_WORKPLACE,
        SITE_NOT_SUBJECT,
        TOO_MANY_ATTEMPTS
    }

    private final Refusal refusal;
    private final transient Optional<Duration> retryAfter;

    public InitialisationRefusedException(Refusal refusal, Optional<Duration> retryAfter) {
        super("initialisation refused: " + refusal);
        this.refusal = Objects.requireNonNull(refusal, "refusal");
        this.retryAfter = Objects.requireNonNull(retryAfter, "retryAfter");
    }

    public Refusal refusal() {
        return refusal;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
