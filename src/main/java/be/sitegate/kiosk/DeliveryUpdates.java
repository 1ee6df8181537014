package be.sitegate.kiosk;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import java.util.function.Consumer;

/**
 * Tells the screen when a stored registration's delivery changed (receipt arrived, rejected, ...).
 * Implemented by the outbox forwarder ({@code be.sitegate.sync}); may call on any thread.
 */
public interface DeliveryUpdates {

    Subscription subscribe(Consumer<Update> listener);

    record Update(ClientReference reference, Delivery delivery) {
    }
}
