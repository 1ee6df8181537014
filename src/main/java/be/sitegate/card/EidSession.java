package be.sitegate.card;

import be.sitegate.card.ApduExchange.FileShape;
import javax.smartcardio.Card;
import javax.smartcardio.CardTerminal;

/**
 * The connection to a card that was read, kept open so the UI can show the photo without a
 * second full read. Thread-safe; never throws.
 */
public final class EidSession implements AutoCloseable {

    private final CardTerminal terminal;
    private final Card card;
    private final EidFiles files;
    private final EidReaderSettings settings;
    private PhotoResult photo;
    private boolean closed;

    EidSession(CardTerminal terminal, Card card, EidFiles files, EidReaderSettings settings) {
        this.terminal = terminal;
        this.card = card;
        this.files = files;
        this.settings = settings;
    }

    public String readerName() {
        return terminal.getName();
    }

    /**
     * Reads the photo (about 3 KB, a dozen APDUs) and checks it against the signed hash in the
     * identity file. Call it off the UI thread; it returns within the time limit. A photo read
     * once is kept, so asking twice costs nothing.
     */
    public synchronized PhotoResult readPhoto() {
        if (photo instanceof PhotoResult.Loaded) {
            return photo;
        }
        if (closed) {
            return new PhotoResult.Failed(ReadFailure.CARD_REMOVED);
        }
        Deadline deadline = Deadline.after(settings.timeLimit());
        photo = TimeLimiter.call(() -> {
            try {
                ApduExchange exchange = new ApduExchange(card.getBasicChannel(), deadline);
                byte[] jpeg = EidReader.inTransaction(card, () -> {
                    exchange.select(EidFile.PHOTO);
                    return exchange.read(FileShape.TO_THE_END, -1);
                });
                boolean matches = EidVerifier.photoMatches(jpeg, EidFileParser.photoHash(files.identity()));
                return new PhotoResult.Loaded(jpeg, matches);
            } catch (Exception | Error e) {
                return new PhotoResult.Failed(FailureClassifier.classify(e, terminal, settings.removalGrace()));
            }
        }, settings.timeLimit(), () -> new PhotoResult.Failed(ReadFailure.TIMED_OUT),
                error -> new PhotoResult.Failed(ReadFailure.PCSC_ERROR));
        return photo;
    }

    /** Lets the card go; the monitor calls it when the card is removed. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            EidReader.disconnectQuietly(card);
        }
    }
}
