package be.sitegate.app;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.EmployerChoiceRepository;
import be.sitegate.store.EmployerChoiceStore;
import java.util.Optional;

/** The employer each worker chose on a workplace, kept in the kiosk's store. */
public final class StoreEmployerChoices implements EmployerChoiceRepository {

    private final EmployerChoiceStore store;

    public StoreEmployerChoices(EmployerChoiceStore store) {
        this.store = store;
    }

    @Override
    public Optional<EnterpriseNumber> find(WorkplaceId workplace, Inss inss) {
        return store.chosen(WorkerId.of(inss), workplace);
    }

    @Override
    public void remember(WorkplaceId workplace, Inss inss, EnterpriseNumber employer) {
        store.remember(WorkerId.of(inss), workplace, employer);
    }
}
