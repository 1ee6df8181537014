package be.sitegate.central;

/** The service does not accept this kiosk as a client: a configuration problem, not a network one. */
public final class CentralAuthenticationException extends CentralException {

    public enum Reason {
        /** The token endpoint refused the client assertion (unknown, expired or untrusted certificate). */
        CLIENT_REFUSED,
        /** A freshly issued access token was refused by the API. */
        TOKEN_REFUSED
    }

    private final Reason reason;

    public CentralAuthenticationException(Reason reason, String message) {
        super(message, null);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String reasonCode() {
        return reason.name();
    }
}
