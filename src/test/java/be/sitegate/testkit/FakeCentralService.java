package be.sitegate.testkit;

import be.sitegate.central.CentralException;
import be.sitegate.central.CentralRegistration;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.central.RegistrationStatus;
import be.sitegate.domain.ClientReference;
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
import be.sitegate.sync.PresenceSender;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The one in-memory central service of the fast tests, for both sides the kiosk talks to it from:
 * the application's port ({@link CentralGateway}: initialisation, employer look-up, cancel, get one)
 * and the forwarder's ({@link PresenceSender}: registration, idempotent on the client reference like
 * the real service, every call's size recorded, failing on demand). The end-to-end tests use the
 * project's simulator over HTTPS instead.
 */
public final class FakeCentralService implements CentralGateway, PresenceSender {


    private final Map<WorkplaceId, CentralInitialisation> workplaces = new HashMap<>();
    private final Map<String, List<Company>> employers = new HashMap<>();
    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    private String username = "foreman";
    private String password = "secret";
    private volatile boolean online = true;
    /** The last password array handed in, to check that the caller wiped it. */
    public volatile char[] lastPassword;

    public FakeCentralService knows(CentralInitialisation details) {
        workplaces.put(details.workplace().id(), details);
        return this;
    }

    public FakeCentralService employs(Inss inss, Company... companies) {
        employers.put(inss.toString(), List.of(companies));
        return this;
    }

    public FakeCentralService holds(Receipt receipt) {
        receipts.put(receipt.number(), receipt);
        return this;
    }

    public FakeCentralService credentials(String user, String pass) {
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

    // ---- the forwarder's side ----

    /** The size of every register call, in order. */
    public final List<Integer> callSizes = new CopyOnWriteArrayList<>();
    /** The receipt given to each client reference. */
    public final Map<ClientReference, String> given = new ConcurrentHashMap<>();
    private final AtomicLong nextReceipt = new AtomicLong(100_000_000_000L);
    /** When set, every register call fails with what it supplies. */
    public volatile Supplier<CentralException> failure;

    @Override
    public List<ItemResult> send(List<PresenceItem> items) {
        callSizes.add(items.size());
        Supplier<CentralException> f = failure;
        if (f != null) {
            throw f.get();
        }
        List<ItemResult> out = new ArrayList<>();
        for (PresenceItem i : items) {
            String receipt = given.computeIfAbsent(i.clientReference(), r -> Long.toString(nextReceipt.getAndIncrement()));
            receipts.putIfAbsent(receipt, new Receipt(receipt, Optional.of(i.clientReference()), Receipt.Status.REGISTERED,
                    List.of()));
            out.add(new ItemResult.Created(i.clientReference(), new CentralRegistration(receipt,
                    Optional.of(i.clientReference()), i.workplace(), i.registrationDate(), i.worker(), i.company(),
                    i.direction(), i.timestamp(), Instant.EPOCH, "GATEWAY", "0566988259", 1,
                    RegistrationStatus.SUCCESSFULLY_REGISTERED, List.of(), List.of())));
        }
        return out;
    }
}
