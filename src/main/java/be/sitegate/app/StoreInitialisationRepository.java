package be.sitegate.app;

import be.sitegate.domain.Company;
import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CachedInitialisation;
import be.sitegate.kiosk.CentralInitialisation;
import be.sitegate.kiosk.InitialisationRepository;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.store.InitialisationStore;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps each confirmed initialisation in the kiosk's store, so that a restart during the day
 * resumes it and an offline morning can reuse the workplace details.
 */
public final class StoreInitialisationRepository implements InitialisationRepository {

    private final InitialisationStore store;
    private final KioskSession session;

    public StoreInitialisationRepository(InitialisationStore store, KioskSession session) {
        this.store = store;
        this.session = session;
    }

    @Override
    public void save(CachedInitialisation details) {
        store.save(new KioskInitialisation(details.workplace(), details.contractor().enterpriseNumber(),
                details.username(), details.initialisedAt(), session.expiryFor(details.initialisedAt()), false));
    }

    @Override
    public Optional<CachedInitialisation> find(WorkplaceId workplace) {
        return store.latestConfirmed(workplace).map(init -> new CachedInitialisation(
                new CentralInitialisation(contractorOf(init), init.workplace()), init.initialisedBy(),
                init.initialisedAt()));
    }

    @Override
    public void closeDay(Instant at) {
        store.endAt(at);
    }

    /** The contractor is normally on its own declaration; the store keeps only its number. */
    private static Company contractorOf(KioskInitialisation init) {
        return init.workplace().companies().stream()
                .filter(c -> c.enterpriseNumber().equals(init.contractor()))
                .findFirst()
                .orElse(new Company(init.contractor(), init.contractor().formatted()));
    }

    /** Resumes today's initialisation after a restart, if it is still valid. */
    public void resumeInto(KioskSession target) {
        store.latest().filter(i -> i.isValidAt(target.now())).ifPresent(target::start);
    }
}
