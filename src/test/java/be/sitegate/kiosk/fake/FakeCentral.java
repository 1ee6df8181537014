package be.sitegate.kiosk.fake;

import be.sitegate.domain.Company;
import be.sitegate.domain.Inss;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CancelOutcome;
import be.sitegate.kiosk.CancelReason;
import be.sitegate.kiosk.CentralGateway;
import be.sitegate.kiosk.CentralInitialisation;
import be.sitegate.kiosk.CentralUnavailableException;
import be.sitegate.kiosk.InitialisationRefusedException;
import be.sitegate.kiosk.Receipt;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An in-memory central service: one user, one password, the workplaces it knows, the receipts it
 * holds, switchable offline.
 */
public final class FakeCentral implements CentralGateway {

    private final Map<WorkplaceId, CentralInitialisation> workplaces = new HashMap<>();
    private final Map<String, List<Company>> employers = new HashMap<>();
    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
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

    public FakeCentral holds(Receipt receipt) {
        receipts.put(receipt.number(), receipt);
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

    @Override
    public CancelOutcome cancel(String receiptNumber, CancelReason reason) {
        if (!online) {
            throw new CentralUnavailableException("offline");
        }
        Receipt held = receipts.get(receiptNumber);
        if (held == null) {
            return new CancelOutcome.NotCancelled(List.of(
                    ServiceRemark.error("UNKNOWN_REGISTRATION", "PRESENCE REGISTRATION IS NOT KNOWN")));
        }
        receipts.put(receiptNumber, new Receipt(held.number(), held.clientReference(), Receipt.Status.CANCELLED,
                held.remarks()));
        return new CancelOutcome.Cancelled();
    }

    @Override
    public Optional<Receipt> registration(String receiptNumber) {
        if (!online) {
            throw new CentralUnavailableException("offline");
        }
        return Optional.ofNullable(receipts.get(receiptNumber));
    }
}
