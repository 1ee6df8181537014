package be.sitegate.central;

/**
 * Every failure of the central client. Subclasses carry a reason the UI translates; messages are for
 * logs and never contain a national number, a password or a token. No OkHttp or Jackson exception
 * ever leaves this package.
 */
public abstract sealed class CentralException extends RuntimeException
        permits CentralUnavailableException, CentralAuthenticationException, CentralRequestRefusedException,
        InitialisationRefusedException {

    CentralException(String message, Throwable cause) {
        super(message, cause, false, false);
    }

    /** A short stable code for the outbox's last error and the status bar (e.g. {@code TIMEOUT}). */
    public abstract String reasonCode();
}
