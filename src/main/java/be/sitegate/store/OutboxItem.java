package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;

/** One record due for (re)sending to the central service. */
public sealed interface OutboxItem {

    ClientReference reference();

    int attempts();

    record OfRegistration(Registration registration, int attempts) implements OutboxItem {
        @Override
        public ClientReference reference() {
            return registration.reference();
        }
    }

    record OfEvent(PresenceEvent event, int attempts) implements OutboxItem {
        @Override
        public ClientReference reference() {
            return event.reference();
        }
    }
}
