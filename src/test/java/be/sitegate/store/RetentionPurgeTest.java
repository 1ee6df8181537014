package be.sitegate.store;

import static be.sitegate.testkit.Fixtures.BUILDER_NUMBER;
import static be.sitegate.testkit.Fixtures.SITE;
import static be.sitegate.testkit.Fixtures.worker;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Correction;
import be.sitegate.domain.Direction;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The retention rule on a real SQLite file, with a clock moved by hand: resolved records older than
 * the period go with everything that hangs on them; nothing unsent or unresolved ever goes.
 */
class RetentionPurgeTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant START = Instant.parse("2026-09-01T06:00:00Z");
    private static final LocalDate START_DAY = LocalDate.of(2026, 9, 1);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(START);
    private KioskStore store;
    private int workers;

    @BeforeEach
    void open() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ClientReference registered() {
        return store.registrations().register(Fixtures.registration(SITE, worker(workers++), BUILDER_NUMBER,
                LocalDate.ofInstant(clock.instant(), BRUSSELS), clock.instant())).registration().reference();
    }

    private ClientReference accepted() {
        ClientReference ref = registered();
        store.outbox().record(List.of(new DeliveryOutcome.Accepted(ref, "123456789012", List.of(
                new ServiceRemark(Optional.empty(), "validated with a remark")))));
        return ref;
    }

    private ClientReference rejected() {
        ClientReference ref = registered();
        store.outbox().record(List.of(new DeliveryOutcome.Rejected(ref, List.of(
                new ServiceRemark(Optional.of("EMPLOYER_UNKNOWN"), "no such employer")))));
        return ref;
    }

    private ClientReference expired() {
        ClientReference ref = registered();
        store.outbox().record(List.of(new DeliveryOutcome.Expired(ref, "its day has passed")));
        return ref;
    }

    private boolean kept(ClientReference ref) {
        return store.outbox().delivery(ref).isPresent();
    }

    @Test
    void resolvedRecordsGoAfterTheRetentionPeriodAndNothingUnresolvedEverDoes() {
        ClientReference acceptedOld = accepted();
        ClientReference rejectedAcknowledged = rejected();
        store.outbox().acknowledge(rejectedAcknowledged);
        ClientReference expiredAcknowledged = expired();
        store.outbox().acknowledge(expiredAcknowledged);
        ClientReference rejectedUnseen = rejected();
        ClientReference expiredUnseen = expired();
        ClientReference pending = registered();
        ClientReference sent = registered();
        store.outbox().markSent(List.of(sent), Duration.ofSeconds(30));
        ClientReference event = store.events().record(Fixtures.event(worker(workers++), Direction.IN, Optional.empty(),
                clock.instant())).reference();
        store.outbox().record(List.of(new DeliveryOutcome.Accepted(event, "223456789012", List.of())));
        store.corrections().append(new Correction(clock.instant(), "foreman", Correction.Kind.RESEND, rejectedAcknowledged,
                SITE, START_DAY, Optional.empty(), Correction.Outcome.REFUSED, Optional.empty()));

        clock.advance(Duration.ofDays(30));
        ClientReference acceptedRecent = accepted();
        clock.advance(Duration.ofDays(30)); // 60 days after the first records, 30 after the recent one

        RetentionPurge.Purged purged = store.retention().run(45);

        assertThat(purged.registrations()).isEqualTo(3);
        assertThat(purged.events()).isEqualTo(1);
        assertThat(purged.corrections()).as("the correction went with its record, not as an orphan").isZero();
        assertThat(kept(acceptedOld)).isFalse();
        assertThat(kept(rejectedAcknowledged)).isFalse();
        assertThat(kept(expiredAcknowledged)).isFalse();
        assertThat(kept(event)).isFalse();
        assertThat(store.registrations().find(acceptedOld)).isEmpty();
        assertThat(store.events().find(event)).isEmpty();
        assertThat(store.corrections().forDay(SITE, START_DAY)).isEmpty();
        assertThat(count("outbox_remark")).as("remarks go with their record").isEqualTo(2);

        assertThat(List.of(rejectedUnseen, expiredUnseen, pending, sent, acceptedRecent))
                .as("60 days old but unresolved, or resolved too recently").allMatch(this::kept);
        assertThat(store.registrations().find(pending)).isPresent();
        assertThat(store.outbox().counts().waiting()).isEqualTo(2);
    }

    @Test
    void anUnsentRecordStaysHoweverOld() {
        ClientReference pending = registered();
        clock.advance(Duration.ofDays(3650));
        assertThat(store.retention().run(31).records()).isZero();
        assertThat(store.outbox().delivery(pending)).isPresent();
        assertThat(store.outbox().oldestWaitingSince()).contains(START);
    }

    @Test
    void aRecordAcknowledgedLateIsKeptForThePeriodAfterTheAcknowledgement() {
        ClientReference ref = rejected();
        clock.advance(Duration.ofDays(50));
        store.outbox().acknowledge(ref);
        clock.advance(Duration.ofDays(10));
        assertThat(store.retention().run(45).records()).isZero();
        clock.advance(Duration.ofDays(36));
        assertThat(store.retention().run(45).records()).isEqualTo(1);
        assertThat(kept(ref)).isFalse();
    }

    @Test
    void theCentralCopiesOfOldDaysGoAndTodaysStay() {
        store.centralPresences().replaceDay(SITE, START_DAY, List.of(presence("900000000001", START_DAY)));
        clock.advance(Duration.ofDays(46));
        LocalDate today = LocalDate.ofInstant(clock.instant(), BRUSSELS);
        store.centralPresences().replaceDay(SITE, today, List.of(presence("900000000002", today)));

        assertThat(store.retention().run(45).centralCopies()).isEqualTo(1);
        assertThat(store.centralPresences().forDay(SITE, START_DAY)).isEmpty();
        assertThat(store.centralPresences().forDay(SITE, today)).hasSize(1);
    }

    @Test
    void aLargeBacklogGoesInSeveralSmallTransactions() {
        int n = RetentionPurge.BATCH * 2 + 7;
        for (int i = 0; i < n; i++) {
            accepted();
        }
        clock.advance(Duration.ofDays(46));
        assertThat(store.retention().run(45).registrations()).isEqualTo(n);
        assertThat(count("outbox")).isZero();
    }

    private CentralPresence presence(String receipt, LocalDate day) {
        return new CentralPresence(receipt, SITE, worker(500), Optional.of(BUILDER_NUMBER), day, Optional.empty(),
                Optional.empty(), "ONLINE", Optional.empty(), "VALIDATED");
    }

    private int count(String table) {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM " + table);
                 ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : -1;
            }
        });
    }
}
