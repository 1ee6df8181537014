package be.sitegate.card;

/**
 * Receives what the {@link CardMonitor} sees, on the monitor's thread (a JavaFX UI hands it on
 * with {@code Platform.runLater}). An exception thrown here is logged and ignored.
 */
public interface CardListener {

    void onStatus(CardStatus status);

    /** The outcome of reading the card just inserted in {@code readerName}. */
    void onCardRead(String readerName, EidReadResult result);
}
