package be.sitegate.kiosk;

import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.Workplace;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds who employs a worker with a national number: the central look-up when online, else the
 * choice this person made before on this workplace, else the worker picks from the declaration.
 */
public final class EmployerResolver {

    private final CentralGateway central;
    private final EmployerChoiceRepository choices;

    public EmployerResolver(CentralGateway central, EmployerChoiceRepository choices) {
        this.central = Objects.requireNonNull(central, "central");
        this.choices = Objects.requireNonNull(choices, "choices");
    }

    public Resolution resolve(Workplace workplace, Inss inss, LocalDate date) {
        Optional<EnterpriseNumber> remembered = choices.find(workplace.id(), inss);
        List<Company> candidates = workplace.companies();
        try {
            List<Company> employers = central.employersOf(workplace.id(), inss, date);
            if (employers.size() == 1) {
                // Remember it too, so an offline morning later needs no question.
                choices.remember(workplace.id(), inss, employers.get(0).enterpriseNumber());
                return new Resolution.Known(employers.get(0));
            }
            if (!employers.isEmpty()) {
                candidates = employers;
            }
            // None known centrally: let the worker say; the service will remark if it is wrong.
        } catch (CentralUnavailableException offline) {
            // fall through to the remembered choice and the declaration
        }
        for (Company c : candidates) {
            if (remembered.isPresent() && c.enterpriseNumber().equals(remembered.get())) {
                return new Resolution.Known(c);
            }
        }
        if (candidates.size() == 1) {
            return new Resolution.Known(candidates.get(0));
        }
        return new Resolution.Choose(candidates);
    }

    /** Either the employer, or the companies the worker has to choose from. */
    public sealed interface Resolution {
        record Known(Company employer) implements Resolution {
        }

        record Choose(List<Company> companies) implements Resolution {
            public Choose {
                companies = List.copyOf(companies);
            }
        }
    }
}
