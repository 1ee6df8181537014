package be.sitegate.store;

import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SEVEN_AM;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.registration;
import static be.sitegate.testkit.Fixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.ServiceRemark;
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

    private final TestClock clock = new TestClock(SEVEN_AM);
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
        store.events().record(Fixtures.event(worker(999), Direction.IN, Optional.empty(), clock.instant()));

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
    void outcomesAreStoredWithReceiptRemarksAndErrorsAsData() {
        List<ClientReference> refs = registerMany(3);
        store.outbox().markSent(refs, LEASE);
        store.outbox().record(List.of(
                new DeliveryOutcome.Accepted(refs.get(0), "123456789012345", List.of()),
                new DeliveryOutcome.Accepted(refs.get(1), "123456789012346",
                        List.of(ServiceRemark.remark("RELATED DIMONA NOT OK"), ServiceRemark.remark("EMPLOYER NOT ACTIVE"))),
                new DeliveryOutcome.Rejected(refs.get(2),
                        List.of(ServiceRemark.error("DUC_NOT_EXISTING", "DUC IS NOT EXISTING: with a colon")))));

        assertThat(store.outbox().delivery(refs.get(0))).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.ACCEPTED);
            assertThat(d.receiptNumber()).contains("123456789012345");
            assertThat(d.remarks()).isEmpty();
        });
        assertThat(store.outbox().delivery(refs.get(1)).orElseThrow().remarks()).containsExactly(
                ServiceRemark.remark("RELATED DIMONA NOT OK"), ServiceRemark.remark("EMPLOYER NOT ACTIVE"));
        assertThat(store.outbox().delivery(refs.get(2))).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.REJECTED);
            assertThat(d.remarks()).containsExactly(ServiceRemark.error("DUC_NOT_EXISTING", "DUC IS NOT EXISTING: with a colon"));
            assertThat(d.needsAttention()).isTrue();
        });
        assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 2, 1, 0, 1));
        assertThat(store.outbox().due(10)).isEmpty();
        assertThat(store.outbox().nextDueAt()).isEmpty();
    }

    @Test
    void aRemarkFromTheNetworkLosesItsControlCharactersNotItsText() {
        ClientReference ref = registerMany(1).get(0);
        store.outbox().record(List.of(new DeliveryOutcome.Accepted(ref, "1",
                List.of(ServiceRemark.remark("A\u001eB\u001fC\nD")))));
        assertThat(store.outbox().delivery(ref).orElseThrow().remarks()).containsExactly(ServiceRemark.remark("A B C D"));
    }

    @Test
    void aWithdrawalIsRecordedOnceOnAnAcceptedRecordOnlyAndKeepsItsReceipt() {
        List<ClientReference> refs = registerMany(2);
        store.outbox().record(List.of(new DeliveryOutcome.Accepted(refs.get(0), "123456789012345", List.of())));

        assertThat(store.outbox().markWithdrawn(refs.get(1), "HOLIDAY")).as("not accepted: nothing to withdraw").isFalse();
        assertThat(store.outbox().markWithdrawn(refs.get(0), "HOLIDAY")).isTrue();
        assertThat(store.outbox().markWithdrawn(refs.get(0), "DISEASE")).as("once").isFalse();
        assertThat(store.outbox().delivery(refs.get(0))).hasValueSatisfying(d -> {
            assertThat(d.withdrawal()).hasValueSatisfying(w -> {
                assertThat(w.reason()).isEqualTo("HOLIDAY");
                assertThat(w.at()).isEqualTo(clock.instant());
            });
            assertThat(d.receiptNumber()).contains("123456789012345");
        });
        assertThat(store.outbox().delivery(refs.get(1)).orElseThrow().withdrawn()).isFalse();
    }

    @Test
    void theEmployerTheServiceRecordedIsKeptWithTheReceiptAndReadWithTheRecord() {
        ClientReference ref = registerMany(1).get(0);
        store.outbox().record(List.of(new DeliveryOutcome.Accepted(ref, "123456789012345", List.of(),
                Optional.of(Fixtures.BUILDER_NUMBER))));
        assertThat(store.outbox().delivery(ref).orElseThrow().serviceEmployer()).contains(Fixtures.BUILDER_NUMBER);
        assertThat(store.registrations().forDay(SITE, DAY)).singleElement()
                .satisfies(r -> assertThat(r.delivery().serviceEmployer()).contains(Fixtures.BUILDER_NUMBER));
    }

    @Test
    void failedAttemptsOnlyEverPutARecordBackToWaitWithTheLastError() {
        ClientReference ref = registerMany(1).get(0);
        for (int attempt = 1; attempt <= 500; attempt++) {
            assertThat(store.outbox().due(10)).hasSize(1);
            store.outbox().markSent(List.of(ref), LEASE);
            Duration backoff = Duration.ofMinutes(5);
            store.outbox().record(List.of(new DeliveryOutcome.Failed(ref, "OUTAGE (HTTP 503) #" + attempt,
                    clock.instant().plus(backoff))));
            assertThat(store.outbox().due(10)).isEmpty();
            clock.advance(backoff);
        }
        assertThat(store.outbox().delivery(ref)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.PENDING);
            assertThat(d.attempts()).isEqualTo(500);
            assertThat(d.lastError()).contains("OUTAGE (HTTP 503) #500");
        });
        assertThat(store.outbox().oldestWaitingSince()).contains(SEVEN_AM);
    }

    @Test
    void aRejectedRecordIsSentAgainAfterItsEmployerIsCorrected() {
        ClientReference ref = registerMany(1).get(0);
        store.outbox().markSent(List.of(ref), LEASE);
        store.outbox().record(List.of(new DeliveryOutcome.Rejected(ref,
                List.of(ServiceRemark.error("INVALID_COMPANY_ID", "COMPANY ID IS NOT VALID")))));
        EnterpriseNumber other = EnterpriseNumber.parse("0437881160");

        assertThat(store.outbox().resend(ref, Optional.of(other))).isTrue();

        List<OutboxItem> due = store.outbox().due(10);
        assertThat(due).hasSize(1);
        OutboxItem.OfRegistration item = (OutboxItem.OfRegistration) due.get(0);
        assertThat(item.reference()).isEqualTo(ref);
        assertThat(item.registration().employer()).contains(other);
        assertThat(item.registration().delivery().remarks()).isEmpty();
        assertThat(item.registration().delivery().status()).isEqualTo(DeliveryStatus.PENDING);
        assertThat(store.outbox().resend(ref, Optional.empty())).as("only a refused record").isFalse();
    }

    @Test
    void anExpiredRecordIsKeptCountedAndNeverSentUntilAcknowledged() {
        ClientReference ref = registerMany(1).get(0);
        store.outbox().record(List.of(new DeliveryOutcome.Expired(ref, "NOT_SENT_IN_TIME: for " + DAY)));

        assertThat(store.outbox().due(10)).isEmpty();
        assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 0, 0, 1, 1));
        assertThat(store.outbox().resend(ref, Optional.empty())).as("its day has passed").isFalse();
        assertThat(store.outbox().delivery(ref).orElseThrow().lastError()).contains("NOT_SENT_IN_TIME: for " + DAY);

        assertThat(store.outbox().acknowledge(ref)).isTrue();
        assertThat(store.outbox().acknowledge(ref)).as("once").isFalse();
        assertThat(store.outbox().delivery(ref)).hasValueSatisfying(d -> {
            assertThat(d.status()).isEqualTo(DeliveryStatus.EXPIRED);
            assertThat(d.acknowledged()).contains(clock.instant());
            assertThat(d.needsAttention()).isFalse();
        });
        assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 0, 0, 1, 0));
    }

    @Test
    void sendNowMakesEveryWaitingRecordDueAtOnce() {
        List<ClientReference> refs = registerMany(3);
        store.outbox().markSent(refs, LEASE);
        store.outbox().record(refs.stream().map(r -> (DeliveryOutcome) new DeliveryOutcome.Failed(r, "TIMEOUT",
                clock.instant().plus(Duration.ofMinutes(5)))).toList());
        assertThat(store.outbox().due(10)).isEmpty();

        assertThat(store.outbox().makeWaitingDue()).isEqualTo(3);
        assertThat(store.outbox().due(10)).hasSize(3);
    }

    @Test
    void releasingTheLeasesMakesTheSentRecordsDueAtOnceWithTheirAttempts() {
        List<ClientReference> refs = registerMany(3);
        store.outbox().markSent(refs.subList(0, 2), LEASE);
        assertThat(store.outbox().due(10)).extracting(OutboxItem::reference).containsExactly(refs.get(2));

        assertThat(store.outbox().releaseLeases()).isEqualTo(2);

        assertThat(store.outbox().due(10)).extracting(OutboxItem::reference).containsExactlyElementsOf(refs);
        assertThat(store.outbox().delivery(refs.get(0)).orElseThrow().attempts()).isEqualTo(1);
        assertThat(store.outbox().counts().sent()).as("still in doubt until the service answers").isEqualTo(2);
        assertThat(store.outbox().releaseLeases()).as("nothing leased any more").isZero();
    }

    @Test
    void aLateAnswerDoesNotOverwriteAFinalState() {
        ClientReference ref = registerMany(1).get(0);
        store.outbox().markSent(List.of(ref), LEASE);
        store.outbox().record(List.of(new DeliveryOutcome.Accepted(ref, "100000000001", List.of())));
        store.outbox().record(List.of(new DeliveryOutcome.Failed(ref, "TIMEOUT", clock.instant())));
        store.outbox().record(List.of(new DeliveryOutcome.Expired(ref, "NOT_SENT_IN_TIME")));
        store.outbox().markSent(List.of(ref), LEASE);
        assertThat(store.outbox().delivery(ref).orElseThrow().status()).isEqualTo(DeliveryStatus.ACCEPTED);
    }
}
