package be.sitegate.domain;

/**
 * An identifier that breaks one of its rules. The {@link Reason} is what the UI translates into
 * plain words for the person at the kiosk; the message is for logs and developers only and never
 * contains the rejected input, which may be a national number.
 */
public final class InvalidIdentifierException extends IllegalArgumentException {

    /** Why an identifier was refused, in the order the rules are checked. */
    public enum Reason {
        EMPTY,
        INVALID_CHARACTERS,
        WRONG_LENGTH,
        WRONG_FIRST_DIGIT,
        IMPOSSIBLE_MONTH,
        IMPOSSIBLE_DAY,
        IMPOSSIBLE_SERIAL,
        FUTURE_BIRTH_DATE,
        WRONG_CHECK_DIGITS,
        UNREADABLE_SCAN
    }

    private final String identifierType;
    private final Reason reason;

    public InvalidIdentifierException(String identifierType, Reason reason) {
        super(identifierType + " refused: " + reason);
        this.identifierType = identifierType;
        this.reason = reason;
    }

    public String identifierType() {
        return identifierType;
    }

    public Reason reason() {
        return reason;
    }
}
