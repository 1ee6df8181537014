package be.sitegate.kiosk.fake;

import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CachedInitialisation;
import be.sitegate.kiosk.InitialisationRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryInitialisations implements InitialisationRepository {
    private final Map<WorkplaceId, CachedInitialisation> saved = new ConcurrentHashMap<>();

    @Override
    public void save(CachedInitialisation details) {
        saved.put(details.workplace().id(), details);
    }

    @Override
    public Optional<CachedInitialisation> find(WorkplaceId workplace) {
        return Optional.ofNullable(saved.get(workplace));
    }

    /** Nothing here resumes a session after a restart: the moment is only noted. */
    @Override
    public void closeDay(java.time.Instant at) {
        closedAt = Optional.of(at);
    }

    /** When the day was last closed by hand, for tests. */
    public volatile Optional<java.time.Instant> closedAt = Optional.empty();
}
