package be.sitegate.simulator;

import be.sitegate.domain.RegistrationMode;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's reference data: what the real service knows from the Declarations of Works, the
 * Crossroads Bank, the national register, Limosa and Dimona. Loaded from JSON at every start (see
 * docs/simulator.md); registrations themselves live in the database, not here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Seed(
        String defaultSender,
        LoginPolicy login,
        List<Company> companies,
        List<Person> persons,
        List<Declaration> declarations,
        List<LimosaDeclaration> limosaDeclarations,
        List<Employment> employments,
        List<Account> accounts) {

    public Seed {
        login = login == null ? LoginPolicy.DEFAULT : login;
        companies = List.copyOf(nullToEmpty(companies));
        persons = List.copyOf(nullToEmpty(persons));
        declarations = List.copyOf(nullToEmpty(declarations));
        limosaDeclarations = List.copyOf(nullToEmpty(limosaDeclarations));
        employments = List.copyOf(nullToEmpty(employments));
        accounts = List.copyOf(nullToEmpty(accounts));
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** How hard the kiosk initialisation pushes back on wrong passwords. */
    public record LoginPolicy(int slowDownAfterFailures, long delayMillis, int blockAfterFailures, long blockSeconds) {
        public static final LoginPolicy DEFAULT = new LoginPolicy(3, 2000, 5, 300);
    }

    /** A company in the Crossroads Bank; an inactive one still exists but may not employ. */
    public record Company(String enterpriseNumber, String name, boolean active) {
    }

    /** Someone in the national register (or the Crossroads Bank's bis register). */
    public record Person(String inss, String firstName, String lastName) {
    }

    /** A Declaration of Works and the workplace it creates. */
    public record Declaration(String workplaceId, String address, int sector, RegistrationMode mode,
            boolean subjectToRegistration, String builder, List<String> subcontractors) {
        public Declaration {
            subcontractors = subcontractors == null ? List.of() : List.copyOf(subcontractors);
        }

        public boolean involves(String enterpriseNumber) {
            return builder.equals(enterpriseNumber) || subcontractors.contains(enterpriseNumber);
        }
    }

    /** A Limosa (L1) declaration of a posted worker: who employs them and when it is valid. */
    public record LimosaDeclaration(String limosaId, String employer, String firstName, String lastName,
            LocalDate validFrom, LocalDate validTo) {
        public boolean activeOn(LocalDate date) {
            return !date.isBefore(validFrom) && !date.isAfter(validTo);
        }
    }

    /** A Dimona employment: the person works for the company from {@code from} up to {@code to} (open when null). */
    public record Employment(String inss, String enterpriseNumber, LocalDate from, LocalDate to) {
        public boolean covers(LocalDate date) {
            return !date.isBefore(from) && (to == null || !date.isAfter(to));
        }
    }

    /** A contractor's user account and the workplaces it may initialise a kiosk for. */
    public record Account(String username, String passwordHash, String enterpriseNumber, List<String> workplaces) {
        public Account {
            workplaces = workplaces == null ? List.of() : List.copyOf(workplaces);
        }
    }

    /** The same reference data with another login policy (tests use short delays). */
    public Seed withLogin(LoginPolicy policy) {
        return new Seed(defaultSender, policy, companies, persons, declarations, limosaDeclarations, employments,
                accounts);
    }

    public Optional<Company> company(String enterpriseNumber) {
        return companies.stream().filter(c -> c.enterpriseNumber().equals(enterpriseNumber)).findFirst();
    }

    public Optional<Person> person(String inss) {
        return persons.stream().filter(p -> p.inss().equals(inss)).findFirst();
    }

    public Optional<Declaration> declaration(String workplaceId) {
        return declarations.stream().filter(d -> d.workplaceId().equals(workplaceId)).findFirst();
    }

    public Optional<LimosaDeclaration> limosa(String limosaId) {
        return limosaDeclarations.stream().filter(l -> l.limosaId().equals(limosaId)).findFirst();
    }

    public Optional<Account> account(String username) {
        return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
    }

    public boolean employs(String enterpriseNumber, String inss, LocalDate date) {
        return employments.stream().anyMatch(e -> e.enterpriseNumber().equals(enterpriseNumber)
                && e.inss().equals(inss) && e.covers(date));
    }
}
