package be.sitegate.card;

import be.sitegate.domain.Inss;

/**
 * Receives what the {@link CardMonitor} sees, on the monitor's thread (a JavaFX UI hands it on
 * with {@code Platform.runLater}). An exception thrown here is logged and ignored.
 */
public interface CardListener {

    void onStatus(CardStatus status);

    /**
     * The card's identity file is read, its signatures not yet checked: a head start for work that does
     * not depend on the card being authentic (the employer look-up). The read's outcome follows.
     */
    default void onNationalNumberRead(String readerName, Inss nationalNumber) {
    }

    /**
     * A contactless card came into {@code readerName}'s field and gave its UID, or why not; no eID
     * read follows for it. Its leaving is reported as any card's removal.
     */
    default void onBadgeRead(String readerName, BadgeReadResult result) {
    }

    /** The outcome of reading the card just inserted in {@code readerName}. */
    void onCardRead(String readerName, EidReadResult result);
}
