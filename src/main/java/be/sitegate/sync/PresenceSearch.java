package be.sitegate.sync;

import be.sitegate.central.CentralRegistration;
import be.sitegate.domain.WorkplaceId;
import java.time.LocalDate;
import java.util.List;

/** The central search for one workplace and period; {@code CentralClient::search} in production. */
@FunctionalInterface
public interface PresenceSearch {
    List<CentralRegistration> search(WorkplaceId workplace, LocalDate from, LocalDate to);
}
