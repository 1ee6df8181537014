package be.sitegate.app;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.PresenceRecorder;
import be.sitegate.store.KioskStore;
import be.sitegate.store.NewPresenceEvent;
import be.sitegate.store.NewRegistration;
import be.sitegate.store.RegisterResult;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Records taps in the kiosk's store (committed before this returns) and tells the forwarder and
 * the delivery watch about each new record, so it leaves for the central service at once. A store
 * failure reaches the kiosk as a {@link be.sitegate.kiosk.StorageFailedException}, through
 * {@link StorageFaults}.
 */
public final class StorePresenceRecorder implements PresenceRecorder {

    private final KioskStore store;
    private final StorageFaults faults;
    private final Consumer<ClientReference> onStored;

    public StorePresenceRecorder(KioskStore store, StorageFaults faults, Consumer<ClientReference> onStored) {
        this.store = store;
        this.faults = faults;
        this.onStored = onStored;
    }

    @Override
    public DailyOutcome registerDaily(Registration r) {
        RegisterResult result = faults.write("store a registration", () -> store.registrations().register(
                new NewRegistration(r.reference(), r.workplace(), r.worker(), r.employer(), r.date(), r.registeredAt(),
                        r.method(), r.displayName())));
        if (result.created()) {
            onStored.accept(result.registration().reference());
        }
        return new DailyOutcome(result.registration(), !result.created());
    }

    @Override
    public Optional<PresenceEvent> lastEvent(WorkplaceId workplace, WorkerId worker, LocalDate date) {
        return faults.read("read the worker's last event", () -> store.events().last(worker, workplace, date));
    }

    @Override
    public PresenceEvent recordEvent(PresenceEvent e) {
        PresenceEvent stored = faults.write("store a check-in or check-out", () -> store.events().record(
                new NewPresenceEvent(e.reference(), e.workplace(), e.worker(), e.employer(), e.direction(),
                        e.outReason(), e.at(), e.method(), e.displayName())));
        onStored.accept(stored.reference());
        return stored;
    }
}
