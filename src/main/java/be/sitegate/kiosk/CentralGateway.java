package be.sitegate.kiosk;

import be.sitegate.domain.Company;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The kiosk's synchronous questions to the central service. Implemented by an adapter over the
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
     * Whether {@link #employersOf} may be asked now: the service offers the look-up and is not known
     * to be offline. A quick local answer, so a tap that cannot ask does not even start a thread.
     */
    default boolean employerLookupAvailable() {
        return true;
    }

    /**
     * The companies on this workplace's declaration that employ this person today.
     *
     * @throws CentralUnavailableException when the service cannot be reached in time
     */
    List<Company> employersOf(WorkplaceId workplace, Inss inss, LocalDate date);

    /**
     * Withdraws a registration the service holds, by its receipt number: a registration made by
     * mistake. The kiosk's own record of it is not touched here.
     *
     * @throws CentralUnavailableException when the service cannot be reached or refuses the call as a whole
     */
    CancelOutcome cancel(String receiptNumber, CancelReason reason);

    /**
     * What the service holds now for a receipt number, e.g. whether it has been validated yet; empty
     * when the service knows no such receipt.
     *
     * @throws CentralUnavailableException when the service cannot be reached or refuses the call as a whole
     */
    Optional<Receipt> registration(String receiptNumber);
}
