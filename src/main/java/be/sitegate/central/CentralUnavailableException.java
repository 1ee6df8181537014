package be.sitegate.central;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** The service could not be reached or gave no usable answer; the same request may succeed later. */
public final class CentralUnavailableException extends CentralException {

    public enum Reason {
        /** No answer within the connect, read, write or call timeout. */
        TIMEOUT,
        /** Nothing listens at the address, or the host is unreachable. */
        CONNECTION_REFUSED,
        /** The connection broke mid-exchange (e.g. reset, or closed before the answer). */
        NETWORK,
        /** The server's certificate is not issued by a trusted CA, or the handshake failed. */
        TLS,
        /** An HTTP 5xx other than a declared outage. */
        SERVER_ERROR,
        /** An answer that does not follow the contract. */
        MALFORMED_ANSWER,
        /** The service declared itself unavailable (HTTP 503). */
        OUTAGE,
        /** The service asks us to slow down (HTTP 429). */
        RATE_LIMITED;

        /** True when the service could not be reached at all; false when it answered, with an error. */
        public boolean unreachable() {
            return this == TIMEOUT || this == CONNECTION_REFUSED || this == NETWORK || this == TLS;
        }
    }

    private final Reason reason;
    private final OptionalInt httpStatus;
    private final Optional<Duration> retryAfter;

    public CentralUnavailableException(Reason reason, OptionalInt httpStatus, String message, Throwable cause) {
        this(reason, httpStatus, Optional.empty(), message, cause);
    }

    public CentralUnavailableException(Reason reason, OptionalInt httpStatus, Optional<Duration> retryAfter,
            String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
        this.httpStatus = httpStatus;
        this.retryAfter = retryAfter;
    }

    /** How long the service asked us to wait ({@code Retry-After}), when it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }

    static CentralUnavailableException of(Reason reason, String message, Throwable cause) {
        return new CentralUnavailableException(reason, OptionalInt.empty(), message, cause);
    }

    public Reason reason() {
        return reason;
    }

    public OptionalInt httpStatus() {
        return httpStatus;
    }

    @Override
    public String reasonCode() {
        return httpStatus.isPresent() ? reason + " (HTTP " + httpStatus.getAsInt() + ")" : reason.name();
    }
}
