package be.sitegate.sync;

import be.sitegate.testkit.Fixtures;
import static be.sitegate.testkit.Await.until;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralConfig;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.pki.Certificates;
import be.sitegate.store.KioskStore;
import be.sitegate.store.NewPresenceEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole forwarding path end to end: a real SQLite outbox, the forwarder, the real HTTP client
 * over loopback TLS, and a peer (the simulator, or the stub). Subclasses choose the peer.
 */
abstract class ForwardingScenarios {

    static final Duration DEADLINE = Duration.ofSeconds(90);

    @TempDir
    Path dir;

    CentralPeer peer;
    Clock clock;
    KioskStore store;
    CentralClient client;
    OutboxForwarder forwarder;

    abstract CentralPeer openPeer() throws Exception;

    @BeforeEach
    void open() throws Exception {
        peer = openPeer();
        clock = peer.kioskClock();
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        client = new CentralClient(peer.clientConfig(), peer.clientClock());
    }

    @AfterEach
    void close() {
        if (forwarder != null) {
            forwarder.close();
        }
        client.close();
        store.close();
        peer.close();
    }

    ForwarderSettings settings() {
        return ForwarderSettings.defaults()
                .withBackoff(new Backoff(Duration.ofMillis(20), Duration.ofMillis(200), () -> 0.5))
                .withPollInterval(Duration.ofMillis(100));
    }

    void startForwarder(ForwarderSettings settings, PresenceSender sender) {
        forwarder = new OutboxForwarder(store.outbox(), sender, settings, clock);
        forwarder.start();
    }

    List<Registration> registerMany(int count) {
        List<Registration> out = new ArrayList<>(count);
        Instant now = clock.instant();
        for (int i = 0; i < count; i++) {
            out.add(store.registrations().register(Fixtures.registration(peer.ciawSite(), Fixtures.worker(i),
                    peer.ciawEmployer(), peer.today(), now)).registration());
        }
        return out;
    }

    void awaitAccepted(int n) {
        until(n + " accepted", DEADLINE, () -> store.outbox().counts().accepted() == n);
    }

    /**
     * Every item ACCEPTED in the kiosk, exactly one registration per reference at the peer, distinct
     * receipts, and (for a sample, each one an API call) the peer confirms the receipt belongs to the reference.
     */
    void assertDeliveredExactlyOnce(List<ClientReference> refs) {
        java.util.Set<String> receipts = new java.util.HashSet<>();
        for (int i = 0; i < refs.size(); i++) {
            ClientReference ref = refs.get(i);
            var d = store.outbox().delivery(ref).orElseThrow();
            assertThat(d.status()).as(ref.value()).isEqualTo(DeliveryStatus.ACCEPTED);
            assertThat(peer.registrationsFor(ref.value())).as(ref.value()).isEqualTo(1);
            String receipt = d.receiptNumber().orElseThrow();
            receipts.add(receipt);
            if (i < 25 || i == refs.size() - 1) {
                assertThat(peer.confirms(receipt, ref.value())).as(ref.value()).isTrue();
            }
        }
        assertThat(receipts).hasSize(refs.size());
    }

    static List<ClientReference> refs(List<Registration> regs) {
        return regs.stream().map(Registration::reference).toList();
    }

    @Test
    void checkinatworkRegistrationsGetTheirReceipts() {
        List<Registration> regs = registerMany(10);
        startForwarder(settings(), peer.counting(client::register));
        awaitAccepted(10);
        assertDeliveredExactlyOnce(refs(regs));
        until("online", DEADLINE, () -> forwarder.status().connection() == SyncStatus.Connection.ONLINE);
    }

    @Test
    void checkInAndOutEventsGetTheirReceipts() {
        Instant now = clock.instant();
        List<ClientReference> refs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PresenceEvent in = store.events().record(new NewPresenceEvent(ClientReference.generate(now),
                    peer.ciaowSite(), Fixtures.worker(i), Optional.of(peer.ciaowEmployer()), Direction.IN,
                    Optional.empty(), now, IdentificationMethod.EID_CARD, Optional.empty()));
            Instant later = now.plusSeconds(60);
            PresenceEvent out = store.events().record(new NewPresenceEvent(ClientReference.generate(later),
                    peer.ciaowSite(), Fixtures.worker(i), Optional.of(peer.ciaowEmployer()), Direction.OUT,
                    Optional.of(OutReason.BREAK), later, IdentificationMethod.EID_CARD, Optional.empty()));
            refs.add(in.reference());
            refs.add(out.reference());
        }
        startForwarder(settings(), peer.counting(client::register));
        awaitAccepted(6);
        assertDeliveredExactlyOnce(refs);
    }

    @Test
    void anAnswerLostAfterCommitIsResentAndGetsTheSameReceipt() {
        client.search(peer.ciawSite(), peer.today(), peer.today()); // holds a token: only the register answer is lost
        peer.dropAfterCommit(true);
        List<Registration> regs = registerMany(5);
        startForwarder(settings(), peer.counting(client::register));
        until("a failed attempt", DEADLINE, () -> forwarder.status().lastErrorReason().isPresent());
        assertThat(store.outbox().counts().accepted()).isZero();
        assertThat(forwarder.status().lastErrorReason()).contains("NETWORK");
        // The service committed all five although the kiosk never heard back.
        regs.forEach(r -> assertThat(peer.registrationsFor(r.reference().value())).isEqualTo(1));
        peer.dropAfterCommit(false);
        awaitAccepted(5);
        assertThat(peer.registerCallSizes().size()).isGreaterThanOrEqualTo(2);
        assertDeliveredExactlyOnce(refs(regs));
    }

    @Test
    void aThousandRegistrationsBufferedDuringAnOutageAllArriveOnce() {
        peer.outage(true);
        List<Registration> regs = registerMany(1000);
        startForwarder(settings(), peer.counting(client::register));
        until("two failed attempts", DEADLINE, () -> peer.registerCallSizes().size() >= 2);
        assertThat(forwarder.status().connection()).isEqualTo(SyncStatus.Connection.REFUSING);
        assertThat(store.outbox().counts().accepted()).isZero();
        peer.outage(false);
        awaitAccepted(1000);
        assertDeliveredExactlyOnce(refs(regs));
    }

    @Test
    void tokensExpiringMidDrainAreRenewedTransparently() {
        List<Registration> regs = registerMany(450);
        AtomicInteger calls = new AtomicInteger();
        startForwarder(settings(), peer.counting(items -> {
            if (calls.incrementAndGet() == 2) {
                peer.expireTokens();
            }
            return client.register(items);
        }));
        awaitAccepted(450);
        assertDeliveredExactlyOnce(refs(regs));
        assertThat(forwarder.status().lastErrorReason()).isEmpty();
    }

    @Test
    void fourHundredFiftyItemsTravelInThreeCallsOfTwoHundredTwoHundredFifty() {
        registerMany(450);
        startForwarder(settings(), peer.counting(client::register));
        awaitAccepted(450);
        assertThat(peer.registerCallSizes()).containsExactly(200, 200, 50);
    }

    @Test
    void aKioskRestartMidDrainFinishesWithoutDuplicates() {
        List<Registration> regs = registerMany(450);
        CountDownLatch crashed = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        ForwarderSettings shortLease = settings().withLease(Duration.ofSeconds(1));
        startForwarder(shortLease, items -> {
            var results = client.register(items);
            if (calls.incrementAndGet() == 2) {
                crashed.countDown();
                throw new SimulatedPowerCut();
            }
            return results;
        });
        until("crash", DEADLINE, () -> crashed.getCount() == 0);
        forwarder.close();
        store.close();

        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        assertThat(store.outbox().counts().sent()).isEqualTo(200);
        startForwarder(shortLease, peer.counting(client::register));
        awaitAccepted(450);
        assertDeliveredExactlyOnce(refs(regs));
    }

    @Test
    void anUntrustedServerCertificateIsATlsFailureAndNothingIsAccepted() {
        var otherCaKeys = Certificates.rsa(2048);
        var otherCa = Certificates.selfSigned(Certificates.Profile.ca("CN=Not the service's CA",
                otherCaKeys.getPublic(), Instant.now().minusSeconds(60), Instant.now().plusSeconds(3600)),
                otherCaKeys.getPrivate());
        CentralConfig c = peer.clientConfig();
        CentralConfig wrongTrust = new CentralConfig(c.baseUrl(), List.of(otherCa), c.technicalUser(),
                c.connectTimeout(), c.readTimeout(), c.writeTimeout(), c.callTimeout(), c.searchPageSize());
        List<Registration> regs = registerMany(3);
        try (CentralClient untrusting = new CentralClient(wrongTrust, peer.clientClock())) {
            startForwarder(settings(), untrusting::register);
            until("TLS failure", DEADLINE, () -> forwarder.status().lastErrorReason().isPresent());
            forwarder.close();
        }
        assertThat(forwarder.status().lastErrorReason()).contains("TLS");
        assertThat(forwarder.status().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);
        assertThat(store.outbox().counts().accepted()).isZero();
        regs.forEach(r -> assertThat(peer.registrationsFor(r.reference().value())).isZero());
    }

    @Test
    void anOutageNeverEndsAnItemsAttemptsAndTheStatusSaysTheServiceIsRefusing() {
        peer.outage(true);
        List<Registration> regs = registerMany(2);
        startForwarder(settings(), peer.counting(client::register));
        until("ten failed attempts", DEADLINE, () -> peer.registerCallSizes().size() >= 10);
        var d = store.outbox().delivery(regs.get(0).reference()).orElseThrow();
        assertThat(d.status().isWaiting()).isTrue();
        assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("OUTAGE"));
        SyncStatus status = forwarder.status();
        assertThat(status.connection()).isEqualTo(SyncStatus.Connection.REFUSING);
        assertThat(status.waiting()).isEqualTo(2);
        assertThat(status.waitingSince()).hasValueSatisfying(since -> assertThat(since)
                .isBetween(regs.get(0).registeredAt().minusSeconds(1), regs.get(0).registeredAt().plusSeconds(60)));
        assertThat(status.failingSince()).isPresent();

        peer.outage(false);
        awaitAccepted(2);
        assertDeliveredExactlyOnce(refs(regs));
    }
}
