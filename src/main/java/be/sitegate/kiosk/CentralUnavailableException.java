package be.sitegate.kiosk;

/** The central service could not be reached or failed; the kiosk falls back to what it knows. */
public final class CentralUnavailableException extends RuntimeException {
    public CentralUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public CentralUnavailableException(String message) {
        super(message);
    }
}
