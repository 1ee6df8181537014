package be.sitegate.sync;

import be.sitegate.testkit.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.central.TechnicalUser;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.pki.Certificates;
import be.sitegate.testkit.TestClock;
import be.sitegate.store.KioskStore;
import be.sitegate.store.NewPresenceEvent;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Outages as a site lives them, on the real parts (a real SQLite outbox, the real client, the
 * project's simulator over loopback HTTPS with its faults) and on one clock the test moves for the
 * kiosk, its client and the simulator alike, so a day of backoff takes seconds.
 */
class DeliveryThroughOutagesTest {

    private static final WorkplaceId CIAW = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final WorkplaceId CIAOW = WorkplaceId.parse("1Y1CLNBXL2026");
    private static final EnterpriseNumber CIAW_EMPLOYER = EnterpriseNumber.parse("0566988259");
    private static final EnterpriseNumber CIAOW_EMPLOYER = EnterpriseNumber.parse("0437881160");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(5), () -> 0.5);

    @TempDir
    Path dir;

    private final TestClock clock = new TestClock(brussels(MONDAY, 6, 0));
    private SimulatorFixture sim;
    private KioskStore store;
    private CentralClient client;
    private final AtomicReference<PresenceSender> sender = new AtomicReference<>();
    private final List<Instant> attempts = new CopyOnWriteArrayList<>();
    private final StatusBoard board = new StatusBoard();
    private VirtualTime time;

    @BeforeEach
    void open() {
        sim = new SimulatorFixture(clock);
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        client = new CentralClient(sim.config(), clock);
        sender.set(client::register);
        time = new VirtualTime(newCycle(), clock);
    }

    @AfterEach
    void close() {
        client.close();
        store.close();
        sim.close();
    }

    private static Instant brussels(LocalDate day, int hour, int minute) {
        return LocalDateTime.of(day, java.time.LocalTime.of(hour, minute)).atZone(BelgianTime.ZONE).toInstant();
    }

    private void outage(boolean on) {
        if (on) {
            sim.server().faults().outage(Duration.ofDays(3)); // the simulator's outages run on real time
        } else {
            sim.server().faults().clear();
        }
    }

    /** One registration every {@code step} from {@code from} until {@code to}, the forwarder running in between. */
    private List<Registration> registerEvery(Duration step, Instant from, Instant to, int firstWorker) {
        List<Registration> made = new ArrayList<>();
        int worker = firstWorker;
        for (Instant at = from; at.isBefore(to); at = at.plus(step)) {
            time.runUntil(at);
            made.add(store.registrations().register(Fixtures.registration(CIAW, Fixtures.worker(worker++),
                    CIAW_EMPLOYER, BelgianTime.dateOf(at), at)).registration());
            time.wake();
        }
        return made;
    }

    private Delivery delivery(ClientReference ref) {
        return store.outbox().delivery(ref).orElseThrow();
    }

    @Test
    void aTwentyFourHourOutageLosesNothingSendsTodayOnceInOrderAndAsksAtABoundedRate() {
        LocalDate tuesday = MONDAY.plusDays(1);
        List<Registration> mondayMorning = registerEvery(Duration.ofMinutes(10), clock.instant(),
                brussels(MONDAY, 10, 0), 0);
        Instant down = brussels(MONDAY, 10, 0);
        Instant up = brussels(tuesday, 10, 0);
        time.runUntil(down);
        assertThat(mondayMorning).allSatisfy(r -> assertThat(delivery(r.reference()).status())
                .isEqualTo(DeliveryStatus.ACCEPTED));

        outage(true);
        int attemptsBefore = attempts.size();
        List<Registration> mondayAfternoon = registerEvery(Duration.ofMinutes(15), down, brussels(MONDAY, 16, 0), 100);
        time.runUntil(brussels(MONDAY, 20, 0));
        SyncStatus evening = board.current();
        assertThat(evening.connection()).isEqualTo(SyncStatus.Connection.REFUSING);
        assertThat(evening.waiting()).isEqualTo(mondayAfternoon.size());
        assertThat(evening.waitingSince()).contains(down);
        assertThat(evening.failingSince()).hasValueSatisfying(t -> assertThat(t).isBetween(down, down.plusSeconds(60)));

        List<Registration> tuesdayMorning = registerEvery(Duration.ofMinutes(5), brussels(tuesday, 6, 0), up, 200);
        time.runUntil(up);
        List<Instant> duringOutage = List.copyOf(attempts.subList(attemptsBefore, attempts.size()));

        outage(false);
        // The simulator's 503 asks for the rest of its outage in Retry-After: honoured up to the backoff's cap.
        time.runUntil(up.plus(BACKOFF.cap()).plusSeconds(5));

        // Today's registrations: each at the service exactly once, receipts in the order they were made.
        long previous = 0;
        for (Registration r : tuesdayMorning) {
            Delivery d = delivery(r.reference());
            assertThat(d.status()).as(r.reference().value()).isEqualTo(DeliveryStatus.ACCEPTED);
            assertThat(sim.registrationCount(r.reference().value())).isEqualTo(1);
            long receipt = Long.parseLong(d.receiptNumber().orElseThrow());
            assertThat(receipt).isGreaterThan(previous);
            previous = receipt;
        }
        // Monday afternoon's could not be sent for their own day: kept, visible, never sent with another date.
        for (Registration r : mondayAfternoon) {
            Delivery d = delivery(r.reference());
            assertThat(d.status()).isEqualTo(DeliveryStatus.EXPIRED);
            assertThat(d.needsAttention()).isTrue();
            assertThat(d.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("NOT_SENT_IN_TIME"));
            assertThat(sim.registrationCount(r.reference().value())).isZero();
        }
        assertThat(store.outbox().counts().toAcknowledge()).isEqualTo(mondayAfternoon.size());
        assertThat(board.current().counts().toAcknowledge()).isEqualTo(mondayAfternoon.size());
        assertThat(board.current().connection()).isEqualTo(SyncStatus.Connection.ONLINE);
        assertThat(board.current().waiting()).isZero();

        // The rate: after the ramp, never two calls closer than half the cap, whatever the jitter draws.
        Duration halfCap = BACKOFF.cap().dividedBy(2);
        int ramp = 1 + (int) Math.ceil(Math.log((double) BACKOFF.cap().toMillis() / 1000) / Math.log(2));
        long bound = ramp + Duration.between(down, up).toMillis() / halfCap.toMillis();
        // ... and it kept asking all along while anything waited (nothing waits between midnight and 06:00).
        assertThat((long) duringOutage.size()).isLessThanOrEqualTo(bound).isGreaterThan(150);
        for (int i = ramp + 1; i < duringOutage.size(); i++) {
            assertThat(Duration.between(duringOutage.get(i - 1), duringOutage.get(i))).isGreaterThanOrEqualTo(halfCap);
        }
    }

    @Test
    void atMidnightAnUnsentRegistrationIsNotSentInTimeAndALateEventIsTriedWithItsOwnTime() {
        Instant evening = brussels(MONDAY, 23, 40);
        time.runUntil(evening);
        outage(true);
        Registration late = store.registrations().register(Fixtures.registration(CIAW, Fixtures.worker(1),
                CIAW_EMPLOYER, MONDAY, evening)).registration();
        var out = store.events().record(new NewPresenceEvent(ClientReference.generate(evening), CIAOW,
                Fixtures.worker(2), Optional.of(CIAOW_EMPLOYER),
                Direction.OUT, Optional.of(be.sitegate.domain.OutReason.END_OF_WORK), evening,
                IdentificationMethod.EID_CARD, Optional.empty()));
        time.wake();
        time.runUntil(brussels(MONDAY.plusDays(1), 0, 20));
        int attemptsBefore = attempts.size();
        outage(false);
        time.runUntil(brussels(MONDAY.plusDays(1), 0, 40));

        Delivery registration = delivery(late.reference());
        assertThat(registration.status()).isEqualTo(DeliveryStatus.EXPIRED);
        assertThat(registration.lastError()).hasValueSatisfying(e -> assertThat(e).startsWith("NOT_SENT_IN_TIME"));
        assertThat(sim.registrationCount(late.reference().value())).isZero();

        // The event went out once after the outage, with its own timestamp; this service takes today only.
        assertThat(attempts.size()).isGreaterThan(attemptsBefore);
        Delivery event = delivery(out.reference());
        assertThat(event.status()).isEqualTo(DeliveryStatus.EXPIRED);
        assertThat(event.lastError()).hasValueSatisfying(e -> assertThat(e).contains("refused the date " + MONDAY));
        assertThat(store.outbox().counts().toAcknowledge()).isEqualTo(2);

        assertThat(store.outbox().acknowledge(late.reference())).isTrue();
        assertThat(store.outbox().counts().toAcknowledge()).isEqualTo(1);
    }

    @Test
    void aRateLimitIsHonouredForAsLongAsTheServiceAsks() {
        sim.server().faults().rateLimit(Duration.ofSeconds(120));
        Registration r = registerEvery(Duration.ofMinutes(1), clock.instant(), clock.instant().plusSeconds(1), 0).get(0);
        time.runUntil(clock.instant());
        SyncStatus limited = board.current();
        assertThat(limited.connection()).isEqualTo(SyncStatus.Connection.REFUSING);
        assertThat(limited.lastErrorReason()).contains("RATE_LIMITED (HTTP 429)");
        Duration asked = Duration.between(clock.instant(), time.nextCycle());
        assertThat(asked).isGreaterThan(Duration.ofSeconds(110)).isLessThanOrEqualTo(Duration.ofSeconds(120));
        assertThat(limited.nextRetry()).contains(time.nextCycle());
        assertThat(delivery(r.reference()).status().isWaiting()).isTrue();

        sim.server().faults().clear();
        int before = attempts.size();
        time.runUntil(time.nextCycle().minusSeconds(1));
        assertThat(attempts).as("no call before the service's Retry-After").hasSize(before);
        time.runUntil(time.nextCycle().plusSeconds(1));
        assertThat(delivery(r.reference()).status()).isEqualTo(DeliveryStatus.ACCEPTED);
    }

    @Test
    void aRetryAfterLongerThanTheBackoffCapIsTakenAsTheCap() {
        sim.server().faults().rateLimit(Duration.ofHours(2));
        registerEvery(Duration.ofMinutes(1), clock.instant(), clock.instant().plusSeconds(1), 0);
        time.runUntil(clock.instant());
        assertThat(Duration.between(clock.instant(), time.nextCycle())).isEqualTo(BACKOFF.cap());
    }

    @Test
    void offlineWhenTheServiceCannotBeReachedRefusingWhenItAnswersWithErrors() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        CentralConfig c = sim.config();
        CentralConfig nowhere = new CentralConfig(URI.create("https://127.0.0.1:" + closedPort), c.trustedCas(),
                c.technicalUser(), c.connectTimeout(), c.readTimeout(), c.writeTimeout(), c.callTimeout(),
                c.searchPageSize());
        try (CentralClient unreachable = new CentralClient(nowhere, clock)) {
            sender.set(unreachable::register);
            Registration r = registerEvery(Duration.ofMinutes(1), clock.instant(), clock.instant().plusSeconds(1), 0)
                    .get(0);
            time.runUntil(clock.instant());
            assertThat(board.current().connection()).isEqualTo(SyncStatus.Connection.OFFLINE);
            assertThat(board.current().lastErrorReason()).contains("CONNECTION_REFUSED");

            sender.set(client::register);
            sim.server().faults().serverErrors(1.0);
            time.runUntil(time.nextCycle());
            assertThat(board.current().connection()).isEqualTo(SyncStatus.Connection.REFUSING);
            assertThat(board.current().lastErrorReason()).contains("SERVER_ERROR (HTTP 500)");
            assertThat(delivery(r.reference()).status().isWaiting()).isTrue();
        }
    }

    @Test
    void anExpiredCertificateStopsSendingKeepsEverythingAndResumesOnceANewOneIsInstalled() {
        // Two years and more after the technical user's certificate was issued, the service refuses it.
        clock.set(brussels(MONDAY.plusYears(3), 8, 0));
        time = new VirtualTime(newCycle(), clock);
        List<Registration> regs = registerEvery(Duration.ofMinutes(1), clock.instant(), clock.instant().plusSeconds(180),
                0);
        time.runUntil(clock.instant().plusSeconds(1));
        assertThat(board.current().connection()).isEqualTo(SyncStatus.Connection.NOT_ACCEPTED);
        assertThat(board.current().lastErrorReason()).contains("CLIENT_REFUSED");
        int tries = attempts.size();
        time.runUntil(attempts.get(0).plus(Duration.ofMinutes(14)));
        assertThat(attempts).as("quiet while nobody fixed it").hasSize(tries);
        assertThat(regs).allSatisfy(r -> assertThat(delivery(r.reference()).status().isWaiting()).isTrue());

        // Site management installs a certificate the service accepts, and presses "send now".
        KeyPair keys = Certificates.rsa(2048);
        TechnicalUser renewed = new TechnicalUser(sim.config().technicalUser().clientId(), keys.getPrivate(),
                List.of(sim.server().issueClientCertificate(keys.getPublic(), sim.config().technicalUser().clientId()),
                        sim.server().caCertificate()));
        CentralConfig c = sim.config();
        try (CentralClient fixed = new CentralClient(new CentralConfig(c.baseUrl(), c.trustedCas(), renewed,
                c.connectTimeout(), c.readTimeout(), c.writeTimeout(), c.callTimeout(), c.searchPageSize()), clock)) {
            sender.set(fixed::register);
            time.sendNow();
            time.runUntil(clock.instant().plusSeconds(5));
        }
        assertThat(board.current().connection()).isEqualTo(SyncStatus.Connection.ONLINE);
        assertThat(regs).allSatisfy(r -> assertThat(delivery(r.reference()).status()).isEqualTo(DeliveryStatus.ACCEPTED));
    }

    private ForwardingCycle newCycle() {
        return new ForwardingCycle(store.outbox(), items -> {
            attempts.add(clock.instant());
            return sender.get().send(items);
        }, ForwarderSettings.defaults().withBackoff(BACKOFF), clock, board);
    }
}
