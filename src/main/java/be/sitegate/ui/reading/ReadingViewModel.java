package be.sitegate.ui.reading;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/** "Reading your card", or "one moment" while a typed or scanned number is being registered. */
public final class ReadingViewModel {

    private final ReadOnlyBooleanWrapper readingCard = new ReadOnlyBooleanWrapper(true);

    /** {@code card}: a card is being read (or registered while still in); else a number is being registered. */
    public void show(boolean card) {
        readingCard.set(card);
    }

    public ReadOnlyBooleanProperty readingCardProperty() {
        return readingCard.getReadOnlyProperty();
    }
}
