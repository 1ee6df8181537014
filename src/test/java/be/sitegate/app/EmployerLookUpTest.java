package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.StubCentral;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CentralUnavailableException;
import be.sitegate.store.KioskStore;
import be.sitegate.store.NewRegistration;
import be.sitegate.sync.Backoff;
import be.sitegate.sync.ForwarderSettings;
import be.sitegate.sync.OutboxForwarder;
import be.sitegate.sync.SyncStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The employer look-up on a worker's tap, through {@link CentralGatewayAdapter} and the real client
 * over loopback HTTPS to a scripted service: it is not asked while the forwarder knows the service
 * is offline, and a slow answer is given up at the look-up's own deadline.
 */
class EmployerLookUpTest {

    private static final WorkplaceId SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final Inss WORKER = Inss.parse("90021214541");
    private static final EnterpriseNumber BUILDER = EnterpriseNumber.parse("0566988259");
    private static final String LOOKUPS = "/api/v1/employer-lookups";
    private static final String ONE_EMPLOYER =
            "{\"employers\":[{\"enterpriseNumber\":\"0566988259\",\"name\":\"Bouwbedrijf Peeters NV\"}]}";

    @TempDir
    Path dir;

    private final Clock clock = Clock.systemUTC();
    private final AtomicInteger lookups = new AtomicInteger();
    private StubCentral service;
    private CentralClient client;

    @BeforeEach
    void start() throws Exception {
        service = new StubCentral();
        // Far longer than any look-up deadline below, so only the adapter's own deadline can end a look-up.
        client = new CentralClient(CentralConfig.of(service.baseUrl(), List.of(service.ca),
                        service.technicalUser("kiosk-0566988259", StubCentral.CLIENT_KEYS))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(60), Duration.ofSeconds(60),
                        Duration.ofSeconds(60)), clock);
    }

    @AfterEach
    void stop() {
        client.close();
        service.close();
    }

    private LocalDate today() {
        return LocalDate.now(be.sitegate.domain.BelgianTime.ZONE);
    }

    @Test
    void whileTheForwarderKnowsTheServiceIsOfflineTheLookUpIsSkippedWithoutACall() throws Exception {
        service.on("POST", LOOKUPS, asked -> {
            lookups.incrementAndGet();
            return StubCentral.Reply.json(ONE_EMPLOYER);
        });
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), clock);
             OutboxForwarder forwarder = new OutboxForwarder(store.outbox(), items -> {
                 throw new be.sitegate.central.CentralUnavailableException(
                         be.sitegate.central.CentralUnavailableException.Reason.CONNECTION_REFUSED,
                         OptionalInt.empty(), "nothing listens", null);
             }, ForwarderSettings.defaults().withBackoff(new Backoff(Duration.ofHours(1), Duration.ofHours(1),
                     () -> 0.5)), clock);
             CentralGatewayAdapter gateway = new CentralGatewayAdapter(client, true, Duration.ofSeconds(5),
                     new SyncStatusAdapter(forwarder)::knowsServiceOffline)) {
            forwarder.start();
            assertThat(gateway.employersOf(SITE, WORKER, today())).extracting(Company::enterpriseNumber)
                    .as("before the forwarder found the service unreachable, the look-up is made")
                    .containsExactly(BUILDER);

            store.registrations().register(new NewRegistration(ClientReference.generate(clock.instant()), SITE,
                    WorkerId.of(WORKER), Optional.of(BUILDER), today(), clock.instant(),
                    IdentificationMethod.TYPED_NATIONAL_NUMBER, Optional.empty()));
            forwarder.wake();
            awaitOffline(forwarder);
            int tokensBefore = service.tokenRequests.get();

            assertThatThrownBy(() -> gateway.employersOf(SITE, WORKER, today()))
                    .isInstanceOf(CentralUnavailableException.class).hasMessage("OFFLINE");
            assertThat(lookups).as("no look-up reached the service").hasValue(1);
            assertThat(service.tokenRequests).as("not even a token was asked for").hasValue(tokensBefore);
        }
    }

    @Test
    void aServiceNotConfiguredToOfferTheLookUpIsNeverAskedAndTheWorkerPicks() {
        service.on("POST", LOOKUPS, asked -> {
            lookups.incrementAndGet();
            return StubCentral.Reply.json(ONE_EMPLOYER);
        });
        try (CentralGatewayAdapter gateway = new CentralGatewayAdapter(client, false, Duration.ofSeconds(5),
                () -> false)) {
            assertThatThrownBy(() -> gateway.employersOf(SITE, WORKER, today()))
                    .isInstanceOf(CentralUnavailableException.class).hasMessage("NOT_OFFERED");
            assertThat(lookups).as("no call was made").hasValue(0);
        }
    }

    @Test
    void aServiceWithoutTheLookUpIsAskedOnceAndThenNoMore() {
        service.on("POST", LOOKUPS, asked -> {
            lookups.incrementAndGet();
            return new StubCentral.Reply(404, "{\"code\":\"NOT_FOUND\",\"message\":\"no such resource\"}");
        });
        try (CentralGatewayAdapter gateway = new CentralGatewayAdapter(client, true, Duration.ofSeconds(5),
                () -> false)) {
            for (int tap = 0; tap < 3; tap++) {
                assertThatThrownBy(() -> gateway.employersOf(SITE, WORKER, today()))
                        .isInstanceOf(CentralUnavailableException.class).hasMessage("NOT_OFFERED");
            }
            assertThat(lookups).as("only the first tap asked").hasValue(1);
        }
    }

    private static void awaitOffline(OutboxForwarder forwarder) {
        be.sitegate.testkit.Await.until("the forwarder found the service offline", java.time.Duration.ofSeconds(30),
                () -> forwarder.status().connection() == SyncStatus.Connection.OFFLINE);
    }

    @Test
    @Timeout(30) // a look-up that waited for the held answer would hang here instead of failing
    void aLookUpSlowerThanItsDeadlineIsGivenUpWhileTheServiceStillHoldsTheAnswer() throws Exception {
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        try (CentralGatewayAdapter gateway = new CentralGatewayAdapter(client, true, Duration.ofMillis(500), () -> false)) {
            // The morning's first call (TLS handshake, access token) is made without a deadline: it is not
            // what this one is about, and on a busy machine it can take longer.
            service.on("POST", LOOKUPS, asked -> StubCentral.Reply.json(ONE_EMPLOYER));
            client.employersOf(SITE, WORKER, today());
            service.on("POST", LOOKUPS, asked -> {
                reached.countDown();
                awaitQuietly(answer);
                return StubCentral.Reply.json(ONE_EMPLOYER);
            });

            assertThatThrownBy(() -> gateway.employersOf(SITE, WORKER, today()))
                    .isInstanceOf(CentralUnavailableException.class).hasMessage("TIMEOUT")
                    .as("the adapter's own deadline, not the client's time limits, ended the look-up")
                    .hasCauseInstanceOf(TimeoutException.class);
            assertThat(reached.await(10, TimeUnit.SECONDS)).as("the question did reach the service").isTrue();

            answer.countDown();
            service.on("POST", LOOKUPS, asked -> StubCentral.Reply.json(ONE_EMPLOYER));
            assertThat(gateway.employersOf(SITE, WORKER, today())).extracting(Company::enterpriseNumber)
                    .as("the next worker's look-up is not held up by the one given up")
                    .containsExactly(BUILDER);
        } finally {
            answer.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
