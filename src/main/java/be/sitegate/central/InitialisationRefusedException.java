package be.sitegate.central;

import java.time.Duration;
import java.util.Optional;

/** The central service refused to initialise the kiosk for a workplace; the UI explains why. */
public final class InitialisationRefusedException extends CentralException {

    public enum Reason {
        BAD_CREDENTIALS,
        WORKPLACE_NOT_ALLOWED,
        UNKNOWN_WORKPLACE,
        SITE_NOT_SUBJECT,
        /** Too many failed attempts for this user name; {@link #retryAfter()} says when to try again. */
        TOO_MANY_ATTEMPTS
    }

    private final Reason reason;
    private final Optional<Duration> retryAfter;

    public InitialisationRefusedException(Reason reason, Optional<Duration> retryAfter) {
        super("initialisation refused: " + reason, null);
        this.reason = reason;
        this.retryAfter = retryAfter;
    }

    public Reason reason() {
        return reason;
    }

    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }
}
