package be.sitegate.store;

import static be.sitegate.testkit.Fixtures.DAY;
import static be.sitegate.testkit.Fixtures.SEVEN_AM;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.registration;
import static be.sitegate.testkit.Fixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The outbox's counts are kept by triggers (V007) instead of counted on every summary: after each
 * kind of change (a registration, an event, a batch marked sent, every kind of outcome, an
 * acknowledgement, a resend, "send now", the retention purge, a failed transaction) they equal what
 * a count of every row says, and the oldest waiting record is the one a scan finds.
 */
class OutboxCountsTest {

    private static final Duration LEASE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(SEVEN_AM);
    private KioskStore store;
    private OutboxStore outbox;

    @BeforeEach
    void open() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        outbox = store.outbox();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void anEmptyStoreCountsNothing() {
        assertThat(outbox.summary().counts()).isEqualTo(OutboxCounts.NONE);
        assertThat(outbox.summary().waitingSince()).isEmpty();
        assertExact();
    }

    @Test
    void countsStayExactThroughEveryChangeTheOutboxKnows() {
        List<ClientReference> refs = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            refs.add(store.registrations().register(registration(worker(i), SITE, DAY)).registration().reference());
            clock.advance(Duration.ofMillis(1));
        }
        refs.add(store.events().record(Fixtures.event(worker(50), Direction.IN, Optional.empty(), clock.instant()))
                .reference());
        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(13, 0, 0, 0, 0, 0));
        assertExact();

        // The same person again is not a new record, and a reference twice fails and adds nothing.
        store.registrations().register(registration(worker(0), SITE, DAY));
        try {
            store.registrations().register(registration(refs.get(1), worker(99), SITE, DAY));
        } catch (StoreException expected) {
            // the primary key refuses it; the transaction and its count change are rolled back
        }
        assertExact();

        outbox.markSent(refs.subList(0, 10), LEASE);
        assertThat(outbox.counts().sent()).isEqualTo(10);
        outbox.markSent(refs.subList(0, 2), LEASE); // SENT again after a lease: no change of state
        assertExact();

        Instant later = clock.instant().plusSeconds(60);
        outbox.record(List.of(
                new DeliveryOutcome.Accepted(refs.get(0), "100000000001", List.of(ServiceRemark.remark("X"))),
                new DeliveryOutcome.Accepted(refs.get(1), "100000000002", List.of()),
                new DeliveryOutcome.Rejected(refs.get(2), List.of(ServiceRemark.error("INVALID_INSS", "no"))),
                new DeliveryOutcome.Rejected(refs.get(3), List.of(ServiceRemark.error("INVALID_INSS", "no"))),
                new DeliveryOutcome.Expired(refs.get(4), "its day has passed"),
                new DeliveryOutcome.Failed(refs.get(5), "OUTAGE", later),
                new DeliveryOutcome.Failed(refs.get(11), "OUTAGE", later))); // PENDING stays PENDING
        assertThat(outbox.counts()).isEqualTo(new OutboxCounts(4, 4, 2, 2, 1, 3));
        assertExact();

        assertThat(outbox.acknowledge(refs.get(2))).isTrue();
        assertThat(outbox.acknowledge(refs.get(2))).isFalse();
        assertThat(outbox.acknowledge(refs.get(4))).isTrue();
        assertThat(outbox.counts().toAcknowledge()).isEqualTo(1);
        assertExact();

        assertThat(outbox.resend(refs.get(2), Optional.of(EnterpriseNumber.parse("0403170701")))).isTrue();
        assertThat(outbox.resend(refs.get(3), Optional.empty())).isTrue();
        assertThat(outbox.resend(refs.get(4), Optional.empty())).as("an EXPIRED record cannot be resent").isFalse();
        assertExact();

        outbox.makeWaitingDue();
        assertExact();

        // An acknowledged REJECTED record accepted after its resend: attention and state both move.
        outbox.markSent(List.of(refs.get(3)), LEASE);
        outbox.record(List.of(new DeliveryOutcome.Accepted(refs.get(3), "100000000003", List.of())));
        assertExact();
    }

    @Test
    void theRetentionPurgeTakesItsRecordsOutOfTheCounts() {
        List<ClientReference> refs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            refs.add(store.registrations().register(registration(worker(i), SITE, DAY)).registration().reference());
        }
        outbox.markSent(refs, LEASE);
        outbox.record(List.of(
                new DeliveryOutcome.Accepted(refs.get(0), "100000000001", List.of()),
                new DeliveryOutcome.Accepted(refs.get(1), "100000000002", List.of()),
                new DeliveryOutcome.Rejected(refs.get(2), List.of(ServiceRemark.error("X", "no"))),
                new DeliveryOutcome.Rejected(refs.get(3), List.of(ServiceRemark.error("X", "no"))),
                new DeliveryOutcome.Expired(refs.get(4), "late")));
        outbox.acknowledge(refs.get(2));
        clock.advance(Duration.ofDays(60));

        assertThat(store.retention().run(45).records()).isEqualTo(3);
        assertThat(outbox.counts()).as("the unacknowledged refusal, the expired one and the one still SENT stay")
                .isEqualTo(new OutboxCounts(0, 1, 0, 1, 1, 2));
        assertExact();
    }

    @Test
    void theOldestWaitingRecordIsTheFirstStillWaiting() {
        List<ClientReference> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            refs.add(store.registrations().register(registration(worker(i), SITE, DAY)).registration().reference());
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(outbox.summary().waitingSince()).contains(SEVEN_AM);
        outbox.markSent(refs.subList(0, 1), LEASE);
        assertThat(outbox.summary().waitingSince()).as("SENT still waits").contains(SEVEN_AM);
        outbox.record(List.of(new DeliveryOutcome.Accepted(refs.get(0), "100000000001", List.of())));
        assertThat(outbox.summary().waitingSince()).contains(SEVEN_AM.plus(Duration.ofMinutes(1)));
        assertThat(outbox.nextDueAt()).contains(SEVEN_AM.plus(Duration.ofMinutes(1)));
        outbox.markSent(refs.subList(1, 3), LEASE);
        assertThat(outbox.nextDueAt()).contains(clock.instant().plus(LEASE));
        outbox.record(List.of(new DeliveryOutcome.Accepted(refs.get(1), "100000000002", List.of()),
                new DeliveryOutcome.Accepted(refs.get(2), "100000000003", List.of())));
        assertThat(outbox.summary().waitingSince()).isEmpty();
        assertThat(outbox.nextDueAt()).isEmpty();
        assertExact();
    }

    /** The kept counts against a count of every row, as the summary made it before V007. */
    private void assertExact() {
        OutboxCounts scanned = CountedByScan.of(store);
        Optional<Instant> oldest = store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT min(created_at) FROM outbox WHERE status IN ('PENDING', 'SENT')");
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Rows.optionalInstant(rs, 1) : Optional.<Instant>empty();
            }
        });
        assertThat(outbox.summary().counts()).isEqualTo(scanned);
        assertThat(outbox.summary().waitingSince()).isEqualTo(oldest);
    }
}
