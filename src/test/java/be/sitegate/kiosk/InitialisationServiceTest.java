package be.sitegate.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.InitialisationRefusedException.Refusal;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.kiosk.fake.InMemoryInitialisations;
import be.sitegate.testkit.TestClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class InitialisationServiceTest {

    private final TestClock clock = TestClock.mondayMorning();
    private final FakeCentralService central = new FakeCentralService().knows(Fixtures.construction());
    private final InMemoryInitialisations cache = new InMemoryInitialisations();
    private final KioskSession session = new KioskSession(clock);
    private final InitialisationService service = new InitialisationService(central, cache, session);

    @Test
    void successStartsTheSessionCachesTheDetailsAndWipesThePassword() {
        char[] password = "secret".toCharArray();
        InitialisationOutcome outcome = service.initialise(" foreman ", password, Fixtures.CIAW_SITE);

        assertThat(outcome).isInstanceOf(InitialisationOutcome.Initialised.class);
        var init = ((InitialisationOutcome.Initialised) outcome).initialisation();
        assertThat(init.fromCache()).isFalse();
        assertThat(init.initialisedBy()).isEqualTo("foreman");
        assertThat(session.current()).contains(init);
        assertThat(cache.find(Fixtures.CIAW_SITE)).isPresent();
        assertThat(password).containsOnly('\0');
    }

    @Test
    void refusalIsReportedAndNothingStarts() {
        char[] password = "wrong".toCharArray();
        InitialisationOutcome outcome = service.initialise("foreman", password, Fixtures.CIAW_SITE);

        assertThat(outcome).isEqualTo(new InitialisationOutcome.Refused(Refusal.BAD_CREDENTIALS, java.util.Optional.empty()));
        assertThat(session.current()).isEmpty();
        assertThat(password).containsOnly('\0');
    }

    @Test
    void offlineOffersYesterdaysDetailsToTheSameUserOnly() {
        service.initialise("foreman", "secret".toCharArray(), Fixtures.CIAW_SITE);
        clock.advance(Duration.ofDays(1));
        central.setOnline(false);

        var otherUser = (InitialisationOutcome.Offline) service.initialise("someone", "x".toCharArray(), Fixtures.CIAW_SITE);
        assertThat(otherUser.cached()).isEmpty();

        var offline = (InitialisationOutcome.Offline) service.initialise("Foreman", "x".toCharArray(), Fixtures.CIAW_SITE);
        assertThat(offline.cached()).isPresent();
        var started = service.initialiseFromCache(offline.cached().get());
        assertThat(started.initialisation().fromCache()).isTrue();
        assertThat(started.initialisation().workplace()).isEqualTo(Fixtures.construction().workplace());
        assertThat(session.current()).isPresent();
    }

    @Test
    void offlineWithoutCacheOffersNothing() {
        central.setOnline(false);
        var offline = (InitialisationOutcome.Offline) service.initialise("foreman", "secret".toCharArray(), Fixtures.CIAW_SITE);
        assertThat(offline.cached()).isEmpty();
        assertThat(session.current()).isEmpty();
    }
}
