package be.sitegate.sync;

import be.sitegate.central.CentralException;
import be.sitegate.central.CentralRegistration;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.central.RegistrationStatus;
import be.sitegate.domain.ClientReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An in-memory stand-in for fast forwarder tests: idempotent on the client reference like the real
 * service, records every call's size, and fails on demand. The end-to-end tests use the real simulator.
 */
final class FakeCentral implements PresenceSender {

    final List<Integer> callSizes = new CopyOnWriteArrayList<>();
    final Map<ClientReference, String> receipts = new ConcurrentHashMap<>();
    private final AtomicLong nextReceipt = new AtomicLong(100_000_000_000L);
    volatile Supplier<CentralException> failure;

    @Override
    public List<ItemResult> send(List<PresenceItem> items) {
        callSizes.add(items.size());
        Supplier<CentralException> f = failure;
        if (f != null) {
            throw f.get();
        }
        List<ItemResult> out = new ArrayList<>();
        for (PresenceItem i : items) {
            String receipt = receipts.computeIfAbsent(i.clientReference(), r -> Long.toString(nextReceipt.getAndIncrement()));
            out.add(new ItemResult.Created(i.clientReference(), new CentralRegistration(receipt,
                    Optional.of(i.clientReference()), i.workplace(), i.registrationDate(), i.worker(), i.company(),
                    i.direction(), i.timestamp(), Instant.EPOCH, "GATEWAY", "0566988259", 1,
                    RegistrationStatus.SUCCESSFULLY_REGISTERED, List.of(), List.of())));
        }
        return out;
    }
}
