package be.sitegate.card;

import java.time.Duration;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;

/**
 * Maps what {@code javax.smartcardio} throws to a {@link ReadFailure}. A pulled card shows up as
 * {@code IllegalStateException}, as a PC/SC error naming removal, or as a plain transmit error
 * whose cause only becomes clear once the reader notices the card is gone: hence the grace wait.
 */
final class FailureClassifier {

    private FailureClassifier() {
    }

    static ReadFailure classify(Throwable error, CardTerminal terminal, Duration removalGrace) {
        if (error instanceof CardReadException e) {
            return e.failure();
        }
        if (error instanceof CardNotPresentException) {
            return ReadFailure.CARD_REMOVED;
        }
        String text = describe(error);
        if (text.contains("REMOVED") || text.contains("NO_SMARTCARD") || text.contains("RESET_CARD")
                || text.contains("UNPOWERED") || text.contains("has been removed")) {
            return ReadFailure.CARD_REMOVED;
        }
        if (text.contains("NO_SERVICE") || text.contains("SERVICE_STOPPED") || text.contains("NO_READERS")
                || text.contains("READER_UNAVAILABLE")) {
            return ReadFailure.PCSC_ERROR;
        }
        if (error instanceof CardException || error instanceof IllegalStateException) {
            return cardGone(terminal, removalGrace) ? ReadFailure.CARD_REMOVED : ReadFailure.PCSC_ERROR;
        }
        return ReadFailure.PCSC_ERROR;
    }

    private static boolean cardGone(CardTerminal terminal, Duration grace) {
        try {
            return terminal.waitForCardAbsent(Math.max(1, grace.toMillis()));
        } catch (CardException | RuntimeException e) {
            return false;
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(t.getClass().getName()).append(": ").append(t.getMessage()).append(' ');
        }
        return text.toString();
    }
}
