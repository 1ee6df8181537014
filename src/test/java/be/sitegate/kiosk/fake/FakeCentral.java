package be.sitegate.kiosk.fake;

import be.sitegate.domain.Company;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CentralGateway;
import be.sitegate.kiosk.CentralInitialisation;
import be.sitegate.kiosk.CentralUnavailableException;
import be.sitegate.kiosk.InitialisationRefusedException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An in-memory central service: one user, one password, the workplaces it knows, switchable offline. */
public final class FakeCentral implements CentralGateway {

    private final Map<WorkplaceId, CentralInitialisation> workplaces = new HashMap<>();
    private final Map<String, List<Company>> employers = new HashMap<>();
    private String username = "foreman";
    private String password = "secret";
    private volatile boolean online = true;
    /** The last password array handed in, to check that the caller wiped it. */
    public volatile char[] lastPassword;

    public FakeCentral knows(CentralInitialisation details) {
        workplaces.put(details.workplace().id(), details);
        return this;
    }

    public FakeCentral employs(Inss inss, Company... companies) {
        employers.put(inss.toString(), List.of(companies));
        return this;
    }

    public FakeCentral credentials(String user, String pass) {
        this.username = user;
        this.password = pass;
        return this;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    @Override
    public CentralInitialisation initialise(String user, char[] pass, WorkplaceId workplace) {
        lastPassword = pass;
        if (!online) {
            throw new CentralUnavailableException("offline");
        }
        if (!username.equals(user) || !password.equals(new String(pass))) {
            throw new InitialisationRefusedException(InitialisationRefusedException.Refusal.BAD_CREDENTIALS,
                    Optional.empty());
        }
        CentralInitialisation known = workplaces.get(workplace);
        if (known == null) {
            throw new InitialisationRefusedException(InitialisationRefusedException.Refusal.UNKNOWN_WORKPLACE,
                    Optional.empty());
        }
        return known;
    }

    @Override
    public List<Company> employersOf(WorkplaceId workplace, Inss inss, LocalDate date) {
        if (!online) {
            throw new CentralUnavailableException("offline");
        }
        return employers.getOrDefault(inss.toString(), List.of());
    }
}
