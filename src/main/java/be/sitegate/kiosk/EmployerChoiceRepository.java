package be.sitegate.kiosk;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import java.util.Optional;

/** Remembers which employer a person chose on a workplace. Implemented by the SQLite store. */
public interface EmployerChoiceRepository {

    Optional<EnterpriseNumber> find(WorkplaceId workplace, Inss inss);

    void remember(WorkplaceId workplace, Inss inss, EnterpriseNumber employer);
}
