package be.sitegate.card;

/** The outcome of reading a card: the card and an open session for the photo, or why not. */
public sealed interface EidReadResult {

    /** Command APDUs the reader sent (re-sends after {@code 6Cxx} included). */
    int apduCount();

    /**
     * A card read to the end. {@code session} stays connected so the UI can ask for the photo;
     * close it (or let the monitor do so on removal) when done.
     */
    record Success(EidCard card, EidSession session, int apduCount) implements EidReadResult {
    }

    /** Nothing usable was read; nothing half-parsed is handed out. */
    record Failure(ReadFailure reason, int apduCount) implements EidReadResult {
    }
}
