package be.sitegate.kiosk;

import be.sitegate.domain.WorkplaceId;
import java.time.Instant;
import java.util.Optional;

/**
 * Keeps the last successful initialisation details per workplace so an offline morning can reuse
 * them. Implemented by the SQLite store ({@code be.sitegate.store}). Never holds a password.
 */
public interface InitialisationRepository {

    void save(CachedInitialisation details);

    Optional<CachedInitialisation> find(WorkplaceId workplace);

    /** The day was closed by hand at {@code at}: what is stored must not open the kiosk again after a restart. */
    void closeDay(Instant at);
}
