package be.sitegate.card;

/** A read that cannot go on, with the code the caller reports. Never leaves the card layer. */
final class CardReadException extends Exception {

    private final ReadFailure failure;

    CardReadException(ReadFailure failure, String message) {
        super(message);
        this.failure = failure;
    }

    CardReadException(ReadFailure failure, String message, Throwable cause) {
        super(message, cause);
        this.failure = failure;
    }

    ReadFailure failure() {
        return failure;
    }
}
