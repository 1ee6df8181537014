package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.StubCentral;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.EmployerResolver;
import be.sitegate.kiosk.InitialisationService;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.RegistrationService;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.StorageHealth;
import be.sitegate.kiosk.Worker;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A worker's tap beside the employer look-up, on the real parts: the real client over loopback HTTPS
 * to a scripted service that holds the look-up's answer, a real SQLite file. The registration is
 * committed while the service still holds the answer when the kiosk knows the worker's employer, and
 * an answer that came while the card was read is used without asking again.
 */
@Timeout(60) // a tap that waited for the held answer would hang here instead of failing
class TapBesideTheLookUpTest {

    private static final String LOOKUPS = "/api/v1/employer-lookups";
    private static final String ROOFER_ONLY = "{\"employers\":[{\"enterpriseNumber\":\""
            + Fixtures.ROOFER.enterpriseNumber() + "\",\"name\":\"Dakwerken Janssens BV\"}]}";

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.mondayMorning();
    private final KioskSession session = new KioskSession(clock);
    private final CountDownLatch answer = new CountDownLatch(1);
    private final CountDownLatch reached = new CountDownLatch(1);
    private final AtomicInteger lookups = new AtomicInteger();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private StubCentral service;
    private CentralClient client;
    private CentralGatewayAdapter gateway;
    private KioskStore store;
    private StoreEmployerChoices choices;
    private RegistrationService registration;

    @BeforeEach
    void start() throws Exception {
        service = new StubCentral();
        client = new CentralClient(CentralConfig.of(service.baseUrl(), List.of(service.ca),
                service.technicalUser("kiosk-0566988259", StubCentral.CLIENT_KEYS)), Clock.systemUTC());
        service.on("POST", LOOKUPS, asked -> {
            lookups.incrementAndGet();
            reached.countDown();
            try {
                answer.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return StubCentral.Reply.json(ROOFER_ONLY);
        });
        gateway = new CentralGatewayAdapter(client, true, Duration.ofSeconds(30), () -> false);
        store = KioskStore.open(dir.resolve("kiosk.db"), clock);
        choices = new StoreEmployerChoices(store.employerChoices(), new StorageFaults(new StorageHealth(clock)));
        registration = new RegistrationService(session, new EmployerResolver(gateway, choices, threads), choices,
                new StorePresenceRecorder(store, new StorageFaults(new StorageHealth(clock)), reference -> { }));
        new InitialisationService(new FakeCentralService().knows(Fixtures.construction()),
                new StoreInitialisationRepository(store.initialisations(), session), session)
                .initialise("foreman", "secret".toCharArray(), Fixtures.CIAW_SITE);
    }

    @AfterEach
    void stop() {
        answer.countDown();
        threads.shutdownNow();
        gateway.close();
        client.close();
        store.close();
        service.close();
    }

    private Worker cardHolder() {
        return new Worker(WorkerId.of(Fixtures.WORKER), IdentificationMethod.EID_CARD, Optional.of("Jan Peeters"));
    }

    @Test
    void aWorkerTheKioskKnowsIsRegisteredWhileTheServiceStillHoldsTheLookUp() throws Exception {
        choices.remember(Fixtures.CIAW_SITE, Fixtures.WORKER, Fixtures.ELECTRICIAN.enterpriseNumber());
        registration.lookUpEarly(WorkerId.of(Fixtures.WORKER)); // the card's identity file
        assertThat(reached.await(30, TimeUnit.SECONDS)).as("the look-up reached the service").isTrue();

        var registered = (RegistrationStep.Registered) registration.identify(cardHolder());

        assertThat(answer.getCount()).as("the service still holds the answer").isEqualTo(1);
        assertThat(registered.registration().employer()).contains(Fixtures.ELECTRICIAN.enterpriseNumber());
        assertThat(store.registrations().find(WorkerId.of(Fixtures.WORKER), Fixtures.CIAW_SITE, session.today()))
                .as("committed in the store").isPresent();
        assertThat(lookups).as("the tap did not ask a second time").hasValue(1);
    }

    @Test
    void anAnswerThatCameWhileTheCardWasReadDecidesWithoutAnotherCall() throws Exception {
        answer.countDown();
        registration.lookUpEarly(WorkerId.of(Fixtures.WORKER));
        awaitRemembered(Fixtures.ROOFER.enterpriseNumber());

        var registered = (RegistrationStep.Registered) registration.identify(cardHolder());

        assertThat(registered.registration().employer()).contains(Fixtures.ROOFER.enterpriseNumber());
        assertThat(lookups).as("asked once, while the card was read").hasValue(1);
    }

    /** The answer is remembered just before its look-up ends: what a test can wait on. */
    private void awaitRemembered(EnterpriseNumber employer) {
        be.sitegate.testkit.Await.until("the early look-up answered", Duration.ofSeconds(30),
                () -> choices.find(Fixtures.CIAW_SITE, Fixtures.WORKER).equals(Optional.of(employer)));
    }
}
