package be.sitegate.kiosk;

import be.sitegate.domain.Company;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import java.time.LocalDate;
import java.util.List;

/**
 * The kiosk's two synchronous questions to the central service. Implemented by an adapter over the
 * central client ({@code be.sitegate.central}); registrations themselves go through the outbox, not here.
 */
public interface CentralGateway {

    /**
     * Opens the kiosk for a workplace. The adapter must not keep the password.
     *
     * @throws InitialisationRefusedException when the service says no (bad credentials, unknown workplace, ...)
     * @throws CentralUnavailableException when the service cannot be reached or answers with a server error
     */
    CentralInitialisation initialise(String username, char[] password, WorkplaceId workplace);

    /**
     * The companies on this workplace's declaration that employ this person today.
     *
     * @throws CentralUnavailableException when the service cannot be reached in time
     */
    List<Company> employersOf(WorkplaceId workplace, Inss inss, LocalDate date);
}
