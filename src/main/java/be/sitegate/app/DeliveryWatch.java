package be.sitegate.app;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.Subscription;
import be.sitegate.store.OutboxStore;
import be.sitegate.store.StoreException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells the screen when a record made on this kiosk got its answer. It watches only what was
 * recorded since start-up and is not final yet, and looks again each time the forwarder reports
 * progress, so it costs one small read per batch, nothing on the tap path.
 */
public final class DeliveryWatch implements DeliveryUpdates {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWatch.class);

    private final OutboxStore outbox;
    private final Map<ClientReference, DeliveryStatus> watched = new ConcurrentHashMap<>();
    private final List<Consumer<Update>> listeners = new CopyOnWriteArrayList<>();

    public DeliveryWatch(OutboxStore outbox) {
        this.outbox = outbox;
    }

    public void watch(ClientReference reference) {
        watched.put(reference, DeliveryStatus.PENDING);
    }

    @Override
    public Subscription subscribe(Consumer<Update> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Called after the forwarder stored outcomes; reports every watched record whose state moved. */
    public void refresh() {
        for (Map.Entry<ClientReference, DeliveryStatus> entry : watched.entrySet()) {
            Delivery now;
            try {
                now = outbox.delivery(entry.getKey()).orElse(null);
            } catch (StoreException e) {
                // A store that cannot be read is the storage health's to tell (once); the forwarder's
                // next report looks again, so nothing watched is forgotten.
                LOG.debug("cannot look at the deliveries now: {}", e.getMessage());
                return;
            }
            if (now == null || now.status() == entry.getValue()) {
                continue;
            }
            if (now.status().isFinal()) {
                watched.remove(entry.getKey());
            } else {
                entry.setValue(now.status());
            }
            Update update = new Update(entry.getKey(), now);
            listeners.forEach(l -> l.accept(update));
        }
    }
}
