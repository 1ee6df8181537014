package be.sitegate.app;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.EmployerChoiceRepository;
import be.sitegate.store.EmployerChoiceStore;
import java.util.Optional;

/**
 * The employer each worker chose on a workplace, kept in the kiosk's store. Both sit on the tap
 * path (before the registration itself), so their failures go through {@link StorageFaults} too.
 */
public final class StoreEmployerChoices implements EmployerChoiceRepository {

    private final EmployerChoiceStore store;
    private final StorageFaults faults;

    public StoreEmployerChoices(EmployerChoiceStore store, StorageFaults faults) {
        this.store = store;
        this.faults = faults;
    }

    @Override
    public Optional<EnterpriseNumber> find(WorkplaceId workplace, Inss inss) {
        return faults.read("read the worker's employer choice", () -> store.chosen(WorkerId.of(inss), workplace));
    }

    @Override
    public void remember(WorkplaceId workplace, Inss inss, EnterpriseNumber employer) {
        faults.write("remember the worker's employer", () -> {
            store.remember(WorkerId.of(inss), workplace, employer);
            return null;
        });
    }
}
