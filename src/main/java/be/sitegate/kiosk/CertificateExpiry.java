package be.sitegate.kiosk;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the technical user's certificate stops being valid, and the one rule for warning about it:
 * from 30 days before, enough time to have a new one issued (the README's "Renewing the
 * certificate") without a day without sending. {@code sitegate doctor} and the status bar both
 * follow it.
 */
public record CertificateExpiry(Instant notBefore, Instant notAfter) {

    public static final Duration WARN_BEFORE = Duration.ofDays(30);

    public enum State {
        VALID,
        /** Less than {@link #WARN_BEFORE} left. */
        EXPIRING,
        EXPIRED,
        NOT_YET_VALID
    }

    public CertificateExpiry {
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
    }

    public State state(Instant now) {
        if (now.isBefore(notBefore)) {
            return State.NOT_YET_VALID;
        }
        if (now.isAfter(notAfter)) {
            return State.EXPIRED;
        }
        return Duration.between(now, notAfter).compareTo(WARN_BEFORE) < 0 ? State.EXPIRING : State.VALID;
    }

    /** Whole days left (0 on the last day), never negative. */
    public long daysLeft(Instant now) {
        return Math.max(0, Duration.between(now, notAfter).toDays());
    }
}
