package be.sitegate.reliability;

import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.CardIdentity.Authenticity;

/** One thing the card layer told the kiosk, as the kiosk's card events carry it. */
sealed interface CardEvent {

    record Reader(ReaderStatus status) implements CardEvent {
    }

    record Inserted() implements CardEvent {
    }

    record Read(Authenticity authenticity) implements CardEvent {
    }

    record RemovedDuringRead() implements CardEvent {
    }

    record Unreadable() implements CardEvent {
    }

    record Removed() implements CardEvent {
    }

    /** The end of a read: what the worker is told next. */
    default boolean endsARead() {
        return this instanceof Read || this instanceof RemovedDuringRead || this instanceof Unreadable;
    }
}
