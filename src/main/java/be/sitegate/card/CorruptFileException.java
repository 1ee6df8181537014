package be.sitegate.card;

/**
 * A card file that does not follow its format (truncated TLV, missing mandatory field, unreadable
 * date). Internal to the card layer: the reader turns it into {@link ReadFailure#CORRUPT_FILE}.
 * The message names the problem, never the file's content.
 */
public final class CorruptFileException extends Exception {

    public CorruptFileException(String message) {
        super(message);
    }

    public CorruptFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
