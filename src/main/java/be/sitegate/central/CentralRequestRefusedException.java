package be.sitegate.central;

/**
 * The service refused the request as a whole (HTTP 4xx with an error code such as
 * {@code TOO_MANY_ITEMS}, {@code MALFORMED}, {@code TOO_MANY_RESULTS}): sending it again unchanged
 * will not help.
 */
public final class CentralRequestRefusedException extends CentralException {

    private final int httpStatus;
    private final String code;

    public CentralRequestRefusedException(int httpStatus, String code, String message) {
        super(message, null);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** The service's error code, e.g. {@code TOO_MANY_RESULTS}. */
    public String code() {
        return code;
    }

    /**
     * The service has no such operation, or not for this client (e.g. a search that is for the
     * inspection only): asking again will not change that.
     */
    public boolean operationNotOffered() {
        return httpStatus == 403 || httpStatus == 404 || httpStatus == 405 || httpStatus == 501;
    }

    @Override
    public String reasonCode() {
        return code;
    }
}
