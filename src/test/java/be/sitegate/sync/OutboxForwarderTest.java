package be.sitegate.sync;

import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.FakeCentralService;
import static be.sitegate.testkit.Await.until;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralAuthenticationException;
import be.sitegate.central.CentralUnavailableException;
import be.sitegate.central.CentralUnavailableException.Reason;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.store.KioskStore;
import be.sitegate.store.OutboxCounts;
import be.sitegate.store.RegisterResult;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The forwarding loop against a real SQLite outbox and an in-memory service (fast and deterministic). */
class OutboxForwarderTest {

    private static final Duration DEADLINE = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    private final Clock clock = Fixtures.runningFrom(Fixtures.START);
    private final FakeCentralService central = new FakeCentralService();
    private KioskStore store;
    private OutboxForwarder forwarder;

    private ForwarderSettings settings() {
        return ForwarderSettings.defaults()
                .withBackoff(new Backoff(Duration.ofMillis(5), Duration.ofMillis(40), () -> 0.5))
                .withPollInterval(Duration.ofMillis(50));
    }

    private void start(ForwarderSettings settings, PresenceSender sender) {
        forwarder = new OutboxForwarder(store.outbox(), sender, settings, clock);
        forwarder.start();
    }

    @AfterEach
    void stop() {
        if (forwarder != null) {
            forwarder.close();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void fourHundredFiftyDueItemsGoAsTwoHundredTwoHundredFifty() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        Fixtures.registerMany(store, 450, Fixtures.START);
        start(settings(), central);

        until("all accepted", DEADLINE, () -> store.outbox().counts().accepted() == 450);
        assertThat(central.callSizes).containsExactly(200, 200, 50);
        assertThat(store.outbox().counts()).isEqualTo(new OutboxCounts(0, 0, 450, 0, 0, 0));
    }

    @Test
    void anOutageKeepsItemsWaitingWithBackoffAndRecoveryDeliversThemAll() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        Fixtures.registerMany(store, 30, Fixtures.START);
        central.failure = () -> new CentralUnavailableException(Reason.OUTAGE, OptionalInt.of(503), "outage", null);
        List<SyncStatus> seen = new CopyOnWriteArrayList<>();
        forwarder = new OutboxForwarder(store.outbox(), central, settings(), clock);
        forwarder.addListener(seen::add);
        forwarder.start();

        until("several failed attempts", DEADLINE, () -> central.callSizes.size() >= 3);
        SyncStatus down = forwarder.status();
        assertThat(down.connection()).isEqualTo(SyncStatus.Connection.REFUSING);
        assertThat(down.lastErrorReason()).contains("OUTAGE (HTTP 503)");
        assertThat(down.nextRetry()).isPresent();
        assertThat(down.waiting()).isEqualTo(30);
        assertThat(down.waitingSince()).hasValueSatisfying(
                since -> assertThat(since).isBetween(Fixtures.START, Fixtures.START.plusSeconds(60)));
        assertThat(down.failingSince()).isPresent();

        central.failure = null;
        until("all accepted", DEADLINE, () -> store.outbox().counts().accepted() == 30);
        until("status online", DEADLINE, () -> forwarder.status().connection() == SyncStatus.Connection.ONLINE);
        SyncStatus up = forwarder.status();
        assertThat(up.waiting()).isZero();
        assertThat(up.counts().accepted()).isEqualTo(30);
        assertThat(up.failingSince()).isEmpty();
        assertThat(up.lastSuccess()).isPresent();
        assertThat(up.nextRetry()).isEmpty();
        assertThat(seen).extracting(SyncStatus::connection).contains(SyncStatus.Connection.REFUSING,
                SyncStatus.Connection.ONLINE);
    }

    @Test
    void noNumberOfTimeoutsEndsAnItemsAttempts() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        RegisterResult r = store.registrations().register(Fixtures.registration(Fixtures.SITE,
                Fixtures.worker(1), Fixtures.BUILDER_NUMBER, Fixtures.DAY, Fixtures.START));
        central.failure = () -> new CentralUnavailableException(Reason.TIMEOUT, OptionalInt.empty(), "timeout", null);
        start(settings().withBackoff(new Backoff(Duration.ofMillis(1), Duration.ofMillis(2), () -> 0.5)), central);

        until("60 failed attempts", DEADLINE, () -> central.callSizes.size() >= 60);
        ClientReference ref = r.registration().reference();
        var delivery = store.outbox().delivery(ref).orElseThrow();
        assertThat(delivery.status().isWaiting()).isTrue();
        assertThat(delivery.attempts()).isGreaterThanOrEqualTo(59);
        assertThat(delivery.lastError()).contains("TIMEOUT");
        assertThat(forwarder.status().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);
        assertThat(store.outbox().counts().rejected() + store.outbox().counts().expired()).isZero();

        central.failure = null;
        until("accepted once the service answers", DEADLINE, () -> store.outbox().counts().accepted() == 1);
    }

    @Test
    void sendNowCutsABackoffShortAndSendsEverythingWaiting() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        Fixtures.registerMany(store, 3, Fixtures.START);
        central.failure = () -> new CentralUnavailableException(Reason.CONNECTION_REFUSED, OptionalInt.empty(), "x", null);
        start(settings().withBackoff(new Backoff(Duration.ofHours(1), Duration.ofHours(1), () -> 0.5)), central);
        until("first failure", DEADLINE, () -> forwarder.status().nextRetry().isPresent());
        central.failure = null;

        forwarder.sendNow();

        until("sent at once", DEADLINE, () -> store.outbox().counts().accepted() == 3);
        assertThat(central.callSizes).containsExactly(3, 3);
    }

    @Test
    void aKioskTheServiceDoesNotAcceptStopsSendingKeepsEverythingAndSaysSo() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        Fixtures.registerMany(store, 5, Fixtures.START);
        central.failure = () -> new CentralAuthenticationException(CentralAuthenticationException.Reason.CLIENT_REFUSED,
                "token endpoint refused the client: the certificate has expired");
        start(settings().withNotAcceptedRetry(Duration.ofHours(1)), central);
        until("not accepted", DEADLINE,
                () -> forwarder.status().connection() == SyncStatus.Connection.NOT_ACCEPTED);

        // New registrations are stored and counted, but nothing is tried again until someone acts.
        store.registrations().register(Fixtures.registration(Fixtures.SITE, Fixtures.worker(50),
                Fixtures.BUILDER_NUMBER, Fixtures.DAY, Fixtures.START));
        forwarder.wake();
        until("the new one counted", DEADLINE, () -> forwarder.status().waiting() == 6);
        assertThat(central.callSizes).hasSize(1);
        assertThat(forwarder.status().lastErrorReason()).contains("CLIENT_REFUSED");
        assertThat(store.outbox().counts().waiting()).isEqualTo(6);

        central.failure = null; // a new certificate was installed
        forwarder.sendNow();
        until("all sent", DEADLINE, () -> store.outbox().counts().accepted() == 6);
        until("online", DEADLINE, () -> forwarder.status().connection() == SyncStatus.Connection.ONLINE);
    }

    @Test
    void aWakeDuringBackoffDoesNotHammerTheServiceButShowsTheNewItemWaiting() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        Fixtures.registerMany(store, 1, Fixtures.START);
        central.failure = () -> new CentralUnavailableException(Reason.SERVER_ERROR, OptionalInt.of(500), "x", null);
        start(settings().withBackoff(new Backoff(Duration.ofMinutes(10), Duration.ofMinutes(10), () -> 0.5)), central);
        until("first failure", DEADLINE, () -> forwarder.status().nextRetry().isPresent());

        store.registrations().register(Fixtures.registration(Fixtures.SITE, Fixtures.worker(9),
                Fixtures.BUILDER_NUMBER, Fixtures.DAY, Fixtures.START));
        forwarder.wake();
        until("status counts the new item", DEADLINE, () -> forwarder.status().waiting() == 2);
        assertThat(central.callSizes).hasSize(1);
        assertThat(forwarder.status().connection()).isEqualTo(SyncStatus.Connection.REFUSING);
    }

    @Test
    void anUnexpectedSenderFailureBacksOffAndKeepsTheItemUntilTheSenderWorksAgain() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        Fixtures.registerMany(store, 1, Fixtures.START);
        java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
        start(settings(), items -> {
            if (calls.incrementAndGet() <= 3) {
                throw new IllegalStateException("a bug");
            }
            return central.send(items);
        });
        until("accepted after three failures", DEADLINE, () -> store.outbox().counts().accepted() == 1);
        assertThat(calls.get()).isEqualTo(4);
    }

    @Test
    void aBatchRefusedAsAWholeIsRetriedOneByOneSoOnlyThePoisonItemIsRejected() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        Fixtures.registerMany(store, 30, Fixtures.START);
        ClientReference poison = store.outbox().due(1).get(0).reference();
        start(settings(), items -> {
            if (items.stream().anyMatch(i -> i.clientReference().equals(poison))) {
                throw new be.sitegate.central.CentralRequestRefusedException(400, "MALFORMED", "refused");
            }
            return central.send(items);
        });
        until("29 accepted, 1 rejected", DEADLINE, () -> store.outbox().counts().accepted() == 29
                && store.outbox().counts().rejected() == 1);
        assertThat(store.outbox().delivery(poison).orElseThrow().status()).isEqualTo(DeliveryStatus.REJECTED);
        assertThat(store.outbox().counts().expired()).isZero();
    }

    /** What the watchdog asks: a forwarder stuck in one exchange far beyond its limit is not responsive. */
    @Test
    void aForwarderStuckInAnExchangeIsNotResponsiveAndAWaitingOneIs() throws Exception {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        java.util.concurrent.CountDownLatch stuck = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch entered = new java.util.concurrent.CountDownLatch(1);
        assertThat(new OutboxForwarder(store.outbox(), central, settings(), clock).responsive(Duration.ofMinutes(1)))
                .as("not started").isFalse();
        start(settings().withPollInterval(Duration.ofHours(1)), batch -> {
            entered.countDown();
            try {
                stuck.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return central.send(batch);
        });
        until("waiting", DEADLINE, () -> forwarder.status() != null);
        assertThat(forwarder.responsive(Duration.ZERO)).as("waiting for work").isTrue();

        store.registrations().register(Fixtures.registration(Fixtures.SITE, Fixtures.worker(7),
                Fixtures.BUILDER_NUMBER, Fixtures.DAY, Fixtures.START));
        forwarder.wake();
        assertThat(entered.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        Thread.sleep(20);

        assertThat(forwarder.responsive(Duration.ofMinutes(5))).as("within its limit").isTrue();
        assertThat(forwarder.responsive(Duration.ofMillis(1))).as("beyond its limit").isFalse();
        stuck.countDown();
        until("back to waiting", DEADLINE, () -> forwarder.responsive(Duration.ZERO));
    }

    @Test
    void wakeSendsANewRegistrationWithoutWaitingForThePoll() {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        start(settings().withPollInterval(Duration.ofHours(1)), central);
        until("forwarder idle", DEADLINE, () -> forwarder.status() != null);

        store.registrations().register(Fixtures.registration(Fixtures.SITE, Fixtures.worker(7),
                Fixtures.BUILDER_NUMBER, Fixtures.DAY, Fixtures.START));
        forwarder.wake();

        until("accepted after wake", DEADLINE, () -> store.outbox().counts().accepted() == 1);
    }

    @Test
    void aSlowServiceNeverBlocksARegistration() throws Exception {
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        Fixtures.registerMany(store, 5, Fixtures.START);
        CountDownLatch inCall = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        start(settings(), items -> {
            inCall.countDown();
            try {
                release.await(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return central.send(items);
        });
        assertThat(inCall.await(30, TimeUnit.SECONDS)).isTrue();

        // While the forwarder waits on the network, the kiosk stores new registrations and reads counts.
        for (int i = 100; i < 120; i++) {
            store.registrations().register(Fixtures.registration(Fixtures.SITE, Fixtures.worker(i),
                    Fixtures.BUILDER_NUMBER, Fixtures.DAY, Fixtures.START));
        }
        assertThat(store.outbox().counts().sent()).isEqualTo(5);
        assertThat(store.outbox().counts().pending()).isEqualTo(20);
        release.countDown();
        forwarder.wake();
        until("all accepted", DEADLINE, () -> store.outbox().counts().accepted() == 25);
    }

    @Test
    void aCrashBetweenSendAndAnswerResendsTheSameReferencesAfterTheLease() {
        Path file = dir.resolve("kiosk.db");
        store = KioskStore.open(file, clock);
        Fixtures.registerMany(store, 250, Fixtures.START);
        // The second call reaches the service, then the kiosk "dies" before storing the answer.
        CountDownLatch crashed = new CountDownLatch(1);
        start(settings().withLease(Duration.ofMillis(300)), items -> {
            var results = central.send(items);
            if (central.callSizes.size() == 2) {
                crashed.countDown();
                throw new SimulatedPowerCut();
            }
            return results;
        });
        until("crash", DEADLINE, () -> crashed.getCount() == 0);
        forwarder.close();
        store.close();

        store = KioskStore.open(file, clock);
        assertThat(store.outbox().counts().accepted()).isEqualTo(200);
        start(settings().withLease(Duration.ofMillis(300)), central);
        until("all accepted after restart", DEADLINE, () -> store.outbox().counts().accepted() == 250);
        // 200 + 50 (answer lost) + the same 50 again: the service saw each reference, gave each one receipt.
        assertThat(central.callSizes).containsExactly(200, 50, 50);
        assertThat(central.given).hasSize(250);
    }
}
