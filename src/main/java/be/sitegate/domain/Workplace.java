package be.sitegate.domain;

import java.util.List;
import java.util.Objects;

/**
 * What the central service tells the kiosk about a Declaration of Works when it is initialised:
 * where it is, which regime applies and which companies may work there.
 */
public record Workplace(
        WorkplaceId id,
        String address,
        Sector sector,
        RegistrationMode mode,
        List<Company> companies) {

    public Workplace {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(sector, "sector");
        Objects.requireNonNull(mode, "mode");
        companies = List.copyOf(companies);
    }

    /** The company's name as the declaration gives it, else its number: the service names some only by number. */
    public String companyName(EnterpriseNumber number) {
        return companies.stream().filter(c -> c.enterpriseNumber().equals(number)).map(Company::name)
                .filter(name -> !name.isBlank()).findFirst().orElse(number.toString());
    }
}
