package be.sitegate.kiosk.fake;

import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.EmployerChoiceRepository;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

public final class InMemoryEmployerChoices implements EmployerChoiceRepository {
    private final Map<String, EnterpriseNumber> choices = new ConcurrentHashMap<>();

    @Override
    public Optional<EnterpriseNumber> find(WorkplaceId workplace, Inss inss) {
        return Optional.ofNullable(choices.get(workplace + "/" + inss));
    }

    @Override
    public void remember(WorkplaceId workplace, Inss inss, EnterpriseNumber employer) {
        choices.put(workplace + "/" + inss, employer);
    }
}
