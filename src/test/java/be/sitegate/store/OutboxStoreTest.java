package be.sitegate.store;

import static be.sitegate.store.StoreFixtures.DAY;
import static be.sitegate.store.StoreFixtures.SEVEN_AM;
import static be.sitegate.store.StoreFixtures.SITE;
import static be.sitegate.store.StoreFixtures.registration;
import static be.sitegate.store.StoreFixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboxStoreTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(SEVEN_AM);
    private KioskStore store;

    @BeforeEach
    void open() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<ClientReference> registerMany(int n) {
        List<ClientReference> refs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            refs.add(store.registrations().register(registration(worker(i), SITE, DAY)).registration().reference());
            clock.advance(Duration.ofMillis(1));
        }
        return refs;
    }

    @Test
    void dueItemsComeOldestFirstInBatchesOfTheAskedSize() {
        List<ClientReference> refs = registerMany(450);
        store.events().record(StoreFixtures.event(worker(999), Direction.IN, Optional.empty(), clock.instant()));

        List<OutboxItem> first = store.outbox().due(200);
        assertThat(first).hasSize(200);
        assertThat(first).extracting(OutboxItem::reference).containsExactlyElementsOf(refs.subList(0, 200));
        store.outbox().markSent(first.stream().map(OutboxItem::reference).toList(), LEASE);
        assertThat(store.outbox().due(200)).hasSize(200).extracting(OutboxItem::reference)
                .containsExactlyElementsOf(refs.subList(200, 400));
        store.outbox().markSent(refs.subList(200, 400), LEASE);
        List<OutboxItem> last = store.outbox().due(200);
        assertThat(last).hasSize(51);
        assertThat(last.get(50)).isInstanceOf(OutboxItem.OfEvent.class);
    }

    @Test
    void aSentItemWithoutAnswerBecomesDueAgainWhenItsLeaseExpires() {
        ClientReference ref = registerMany(1).get(0);
        store.outbox().markSent(List.of(ref), LEASE);
        assertThat(store.outbox().due(10)).isEmpty();
        assertThat(store.outbox().nextDueAt()).contains(clock.instant().plus(LEASE));
        assertThat(store.outbox().delivery(ref)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.SENT);
            assertThat(d.attempts()).isEqualTo(1);
        });

        clock.advance(LEASE);
        assertThat(store.outbox().due(10)).extracting(OutboxItem::reference).containsExactly(ref);
    }

    @Test
    void outcomesAreStoredWithReceiptRemarksAndErrors() {
        List<ClientReference> refs = registerMany(3);
        store.outbox().markSent(refs, LEASE);
        store.outbox().record(List.of(
                new DeliveryOutcome.Accepted(refs.get(0), "123456789012345", List.of()),
                new DeliveryOutcome.Accepted(refs.get(1), "123456789012346", List.of("RELATED DIMONA NOT OK")),
                new DeliveryOutcome.Rejected(refs.get(2), List.of("DUC IS NOT EXISTING"))), 5);

        assertThat(store.outbox().delivery(refs.get(0))).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.ACCEPTED);
            assertThat(d.receiptNumber()).contains("123456789012345");
        });
        assertThat(store.outbox().delivery(refs.get(1)).orElseThrow().remarks()).containsExactly("RELATED DIMONA NOT OK");
        assertThat(store.outbox().delivery(refs.get(2)).orElseThrow().status()).isEqualTo(DeliveryStatus.REJECTED);
        assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 2, 1, 0));
        assertThat(store.outbox().due(10)).isEmpty();
        assertThat(store.outbox().nextDueAt()).isEmpty();
    }

    @Test
    void failedAttemptsWaitForTheirNextTimeAndEndDeadWithTheLastError() {
        ClientReference ref = registerMany(1).get(0);
        int maxAttempts = 3;
        for (int attempt = 1; attempt <= maxAttempts; attempt++) {
            assertThat(store.outbox().due(10)).hasSize(1);
            store.outbox().markSent(List.of(ref), LEASE);
            Duration backoff = Duration.ofSeconds(attempt * 10L);
            store.outbox().record(List.of(new DeliveryOutcome.Failed(ref, "SERVER_ERROR 503 #" + attempt,
                    clock.instant().plus(backoff))), maxAttempts);
            if (attempt < maxAttempts) {
                assertThat(store.outbox().due(10)).isEmpty();
                clock.advance(backoff);
            }
        }
        assertThat(store.outbox().delivery(ref)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.DEAD);
            assertThat(d.attempts()).isEqualTo(3);
            assertThat(d.lastError()).contains("SERVER_ERROR 503 #3");
        });
        clock.advance(Duration.ofDays(1));
        assertThat(store.outbox().due(10)).isEmpty();

        assertThat(store.outbox().retry(ref)).isTrue();
        assertThat(store.outbox().due(10)).hasSize(1);
    }

    @Test
    void aLateAnswerDoesNotOverwriteAFinalState() {
        ClientReference ref = registerMany(1).get(0);
        store.outbox().markSent(List.of(ref), LEASE);
        store.outbox().record(List.of(new DeliveryOutcome.Accepted(ref, "100000000001", List.of())), 5);
        store.outbox().record(List.of(new DeliveryOutcome.Failed(ref, "TIMEOUT", clock.instant())), 5);
        store.outbox().markSent(List.of(ref), LEASE);
        assertThat(store.outbox().delivery(ref).orElseThrow().status()).isEqualTo(DeliveryStatus.ACCEPTED);
    }
}
