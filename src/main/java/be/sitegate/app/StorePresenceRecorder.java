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
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Records taps in the kiosk's store (committed before this returns) and tells the forwarder and
 * the delivery watch about each new record, so it leaves for the central service at once. A store
 * failure reaches the kiosk as a {@link be.sitegate.kiosk.StorageFailedException}, through
 * {@link StorageFaults}.
 *
 * <p>What another gate or channel registered today counts too, as far as the central search has
 * reported it ({@link OtherChannels}): a worker registered at the other gate is told so here and
 * not registered a second time, and one who checked in there checks out here.
 */
public final class StorePresenceRecorder implements PresenceRecorder {

    private final KioskStore store;
    private final StorageFaults faults;
    private final Consumer<ClientReference> onStored;
    private final OtherChannels otherChannels;

    public StorePresenceRecorder(KioskStore store, StorageFaults faults, Consumer<ClientReference> onStored) {
        this.store = store;
        this.faults = faults;
        this.onStored = onStored;
        this.otherChannels = new OtherChannels(store.centralPresences());
    }

    @Override
    public DailyOutcome registerDaily(Registration r) {
        Optional<Registration> elsewhere = faults.read("look for a registration at another gate",
                () -> registeredElsewhere(r));
        if (elsewhere.isPresent()) {
            return new DailyOutcome(elsewhere.get(), true);
        }
        RegisterResult result = faults.write("store a registration", () -> store.registrations().register(
                new NewRegistration(r.reference(), r.workplace(), r.worker(), r.employer(), r.date(), r.registeredAt(),
                        r.method(), r.displayName())));
        if (result.created()) {
            onStored.accept(result.registration().reference());
        }
        return new DailyOutcome(result.registration(), !result.created());
    }

    /** Only when this kiosk has no record of its own: its own record is the one it shows. */
    private Optional<Registration> registeredElsewhere(Registration r) {
        // The central copy first: it is empty without the search, so the usual tap reads no more than
        // that; the kiosk's own record is looked up only when the copy names this worker.
        Optional<Registration> elsewhere = otherChannels.registrations(r.workplace(), r.date(), Set.of()).stream()
                .filter(other -> other.worker().key().equals(r.worker().key()))
                .findFirst();
        if (elsewhere.isPresent() && store.registrations().find(r.worker(), r.workplace(), r.date()).isPresent()) {
            return Optional.empty();
        }
        return elsewhere;
    }

    @Override
    public Optional<PresenceEvent> lastEvent(WorkplaceId workplace, WorkerId worker, LocalDate date) {
        return faults.read("read the worker's last event", () -> {
            Optional<PresenceEvent> own = store.events().last(worker, workplace, date);
            Optional<PresenceEvent> elsewhere = otherChannels.events(workplace, date, Set.of()).stream()
                    .filter(e -> e.worker().key().equals(worker.key()))
                    .filter(e -> store.events().find(e.reference()).isEmpty())
                    .max(Comparator.comparing(PresenceEvent::at));
            if (own.isEmpty() || elsewhere.isPresent() && elsewhere.get().at().isAfter(own.get().at())) {
                return elsewhere.isPresent() ? elsewhere : own;
            }
            return own;
        });
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
