package be.sitegate.kiosk;

import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.Workplace;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Finds who employs a worker with a national number, without making the tap wait on the network:
 * <ol>
 * <li>the service's answer for today, when it is already here (a look-up started while the card was
 * read or the number typed, or an earlier tap today), decides as the service knows best;</li>
 * <li>else what the kiosk knows decides: the choice this person made before on this workplace, or
 * the only company on the declaration; the look-up goes on and is kept for the rest of the day;</li>
 * <li>else (a first visit) the look-up under way is given a short patience, since the only other way
 * is to ask; after it the worker picks from the declaration.</li>
 * </ol>
 * Without a look-up (not offered, the default; or the service known offline) only the second and
 * the third without waiting remain, as before.
 */
public final class EmployerResolver {

    /**
     * How long a first visit waits for a look-up already under way before the worker is asked: the
     * reading screen still shows then, and a question costs the worker seconds.
     */
    public static final Duration FIRST_VISIT_PATIENCE = Duration.ofMillis(500);

    private final EmployerLookups lookups;
    private final EmployerChoiceRepository choices;
    private final Duration patience;

    /** Look-ups answered on the caller's thread: for fakes that answer at once. */
    public EmployerResolver(CentralGateway central, EmployerChoiceRepository choices) {
        this(new EmployerLookups(central, choices, Runnable::run), choices, FIRST_VISIT_PATIENCE);
    }

    /** Look-ups waiting for the service on {@code executor}. */
    public EmployerResolver(CentralGateway central, EmployerChoiceRepository choices, Executor executor) {
        this(new EmployerLookups(central, choices, executor), choices, FIRST_VISIT_PATIENCE);
    }

    public EmployerResolver(EmployerLookups lookups, EmployerChoiceRepository choices, Duration patience) {
        this.lookups = Objects.requireNonNull(lookups, "lookups");
        this.choices = Objects.requireNonNull(choices, "choices");
        this.patience = Objects.requireNonNull(patience, "patience");
    }

    /** The number is known before the worker is identified: the look-up starts now. Never waits. */
    public void lookUpEarly(Workplace workplace, Inss inss, LocalDate date) {
        lookups.start(workplace.id(), inss, date);
    }

    public Resolution resolve(Workplace workplace, Inss inss, LocalDate date) {
        EmployerLookups.Lookup lookup = lookups.start(workplace.id(), inss, date);
        Optional<EnterpriseNumber> remembered = choices.find(workplace.id(), inss);
        Optional<List<Company>> answer = lookup.answerNow();
        if (answer.isEmpty() && lookup.underWay()) {
            Resolution known = among(workplace.companies(), remembered);
            if (known instanceof Resolution.Known) {
                return known;
            }
            answer = lookup.answerWithin(patience);
        }
        return decide(workplace, remembered, answer);
    }

    /** The rule with the service's answer, or without one (empty): unchanged since the look-up was synchronous. */
    private static Resolution decide(Workplace workplace, Optional<EnterpriseNumber> remembered,
            Optional<List<Company>> answer) {
        List<Company> employers = answer.orElse(List.of());
        if (employers.size() == 1) {
            return new Resolution.Known(employers.get(0));
        }
        // None known centrally: let the worker say; the service will remark if it is wrong.
        return among(employers.isEmpty() ? workplace.companies() : employers, remembered);
    }

    private static Resolution among(List<Company> candidates, Optional<EnterpriseNumber> remembered) {
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
