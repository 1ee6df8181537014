package be.sitegate.sync;

import be.sitegate.testkit.Fixtures;
import static be.sitegate.testkit.Await.until;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralRegistration;
import be.sitegate.central.CentralUnavailableException;
import be.sitegate.central.RegistrationStatus;
import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.Direction;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.store.KioskStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CentralPresencePullerTest {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-23T23:30:00Z"), java.time.ZoneOffset.UTC);

    private static CentralRegistration central(String id, String channel) {
        return new CentralRegistration(id, Optional.empty(), Fixtures.SITE, LocalDate.of(2026, 11, 24),
                Fixtures.worker(Integer.parseInt(id)), Optional.of(Fixtures.BUILDER_NUMBER), Optional.of(Direction.IN),
                Optional.of(Instant.parse("2026-11-23T23:15:00Z")), Instant.EPOCH, channel, "0566988259", 1,
                RegistrationStatus.VALIDATED, List.of(), List.of());
    }

    @Test
    void aServiceThatKeepsItsSearchForTheInspectionIsNotAskedAgainAndTheCopyIsKept() {
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        try (KioskStore store = KioskStore.open(dir.resolve("k.db"), clock);
             CentralPresencePuller puller = new CentralPresencePuller((w, from, to) -> {
                 if (asked.incrementAndGet() == 1) {
                     return List.of(central("1", "ONLINE"));
                 }
                 throw new be.sitegate.central.CentralRequestRefusedException(403, "INSPECTION_ONLY",
                         "searching presences is only available for Inspection/Dolsis");
             }, store.centralPresences(), () -> Optional.of(Fixtures.SITE), clock)) {
            assertThat(puller.pullNow()).isEqualTo(1);
            assertThat(puller.pullNow()).as("refused as not offered: nothing, and no failure").isZero();
            assertThat(puller.pullNow()).isZero();

            assertThat(asked).as("not asked after the refusal").hasValue(2);
            assertThat(store.centralPresences().forDay(Fixtures.SITE, LocalDate.of(2026, 11, 24)))
                    .as("what the service reported before stays").hasSize(1);
        }
    }

    @Test
    void searchesTodayInBelgiumAndReplacesTheStoredDay() {
        List<LocalDate[]> asked = new CopyOnWriteArrayList<>();
        AtomicReference<List<CentralRegistration>> answer = new AtomicReference<>(
                List.of(central("1", "ONLINE"), central("2", "GATEWAY")));
        try (KioskStore store = KioskStore.open(dir.resolve("k.db"), clock);
             CentralPresencePuller puller = new CentralPresencePuller((w, from, to) -> {
                 asked.add(new LocalDate[] {from, to});
                 return answer.get();
             }, store.centralPresences(), () -> Optional.of(Fixtures.SITE), clock)) {

            assertThat(puller.pullNow()).isEqualTo(2);
            // 23:30 UTC on the 23rd is already the 24th in Brussels: the service's "today".
            LocalDate today = LocalDate.of(2026, 11, 24);
            assertThat(asked.get(0)).containsExactly(today, today);
            List<CentralPresence> stored = store.centralPresences().forDay(Fixtures.SITE, today);
            assertThat(stored).extracting(CentralPresence::receiptNumber).containsExactlyInAnyOrder("1", "2");
            assertThat(stored).extracting(CentralPresence::status).containsOnly("VALIDATED");

            answer.set(List.of(central("3", "ONLINE")));
            puller.pullNow();
            assertThat(store.centralPresences().forDay(Fixtures.SITE, today))
                    .extracting(CentralPresence::receiptNumber).containsExactly("3");
            assertThat(puller.lastSuccess()).contains(clock.instant());
        }
    }

    @Test
    void aFailedScheduledPullKeepsThePreviousCopyAndTheScheduleRunning() {
        AtomicReference<RuntimeException> failure = new AtomicReference<>();
        List<Integer> calls = new CopyOnWriteArrayList<>();
        try (KioskStore store = KioskStore.open(dir.resolve("k.db"), clock);
             CentralPresencePuller puller = new CentralPresencePuller((w, from, to) -> {
                 calls.add(1);
                 if (failure.get() != null) {
                     throw failure.get();
                 }
                 return List.of(central("1", "ONLINE"));
             }, store.centralPresences(), () -> Optional.of(Fixtures.SITE), clock)) {
            puller.pullNow();
            failure.set(new CentralUnavailableException(CentralUnavailableException.Reason.TIMEOUT, OptionalInt.empty(),
                    "t", null));
            puller.start(Duration.ofMillis(20));
            until("two failed scheduled pulls", Duration.ofSeconds(30), () -> calls.size() >= 3);
            assertThat(puller.lastError()).contains("TIMEOUT");
            assertThat(store.centralPresences().forDay(Fixtures.SITE, LocalDate.of(2026, 11, 24))).hasSize(1);
        }
    }

    @Test
    void beforeInitialisationThereIsNothingToPull() {
        try (KioskStore store = KioskStore.open(dir.resolve("k.db"), clock);
             CentralPresencePuller puller = new CentralPresencePuller((w, f, t) -> {
                 throw new AssertionError("no search without a workplace");
             }, store.centralPresences(), Optional::<WorkplaceId>empty, clock)) {
            assertThat(puller.pullNow()).isZero();
        }
    }
}
