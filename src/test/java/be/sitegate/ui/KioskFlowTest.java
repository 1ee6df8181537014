package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Language;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Which screen shows, whose turn it is, and when the kiosk goes back to idle by itself. */
class KioskFlowTest {

    private final KioskHarness h = new KioskHarness();
    private final ManualCountdown countdown = new ManualCountdown();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private int daysEnded;
    private final KioskFlow flow = new KioskFlow(h.session, KioskSettings.defaults(), countdown, i18n,
            () -> daysEnded++);

    @Test
    void startsOnTheInitialisationUntilTheKioskIsOpened() {
        flow.start();
        assertThat(flow.screen()).isEqualTo(Screen.INITIALISATION);
        assertThat(flow.workerScreen()).isFalse();
        h.open(Fixtures.CIAW_SITE);
        flow.start();
        assertThat(flow.screen()).isEqualTo(Screen.IDLE);
        assertThat(flow.workerScreen()).isTrue();
    }

    @Test
    void aNewTurnOutdatesTheAnswersOfThePreviousOneAndStopsItsCountdown() {
        long first = flow.beginTurn();
        flow.showResult(Screen.MESSAGE);
        assertThat(flow.isTurn(first)).isTrue();
        long second = flow.beginTurn();
        assertThat(countdown.running()).isFalse();
        assertThat(flow.isTurn(first)).isFalse();
        assertThat(flow.isTurn(second)).isTrue();
        flow.outdateAnswers();
        assertThat(flow.isTurn(second)).isFalse();
    }

    @Test
    void aResultStaysForTheReturnDelayAndAWaitingScreenForTheChoiceTimeout() {
        h.open(Fixtures.CIAW_SITE);
        flow.showResult(Screen.CONFIRMATION);
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(6));
        countdown.fire();
        assertThat(flow.screen()).isEqualTo(Screen.IDLE);

        flow.showWaiting(Screen.EMPLOYER_CHOICE);
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(30));
        countdown.fire();
        assertThat(flow.screen()).isEqualTo(Screen.IDLE);

        flow.show(Screen.READING);
        assertThat(countdown.running()).as("a plain screen change leaves no countdown").isFalse();
    }

    @Test
    void backToIdleIsANewTurnInTheSitesDefaultLanguage() {
        h.open(Fixtures.CIAW_SITE);
        long worker = flow.beginTurn();
        i18n.setLocale(Locale.forLanguageTag("pl"));
        flow.toIdle();
        assertThat(flow.isTurn(worker)).isFalse();
        assertThat(i18n.locale()).isEqualTo(KioskSettings.defaults().defaultLocale());
        assertThat(flow.screen()).isEqualTo(Screen.IDLE);
    }

    @Test
    void atTheEndOfTheDayTheInitialisationReturnsOnce() {
        h.open(Fixtures.CIAW_SITE);
        flow.start();
        flow.showWaiting(Screen.TYPED_ENTRY);
        flow.checkTheDay();
        assertThat(flow.screen()).isEqualTo(Screen.TYPED_ENTRY);

        h.clock.advance(Duration.ofHours(17));
        flow.checkTheDay();
        assertThat(flow.screen()).isEqualTo(Screen.INITIALISATION);
        assertThat(countdown.running()).isFalse();
        flow.checkTheDay();
        assertThat(daysEnded).isEqualTo(1);
    }

    /** The flow as the kiosk's view models drive it. */
    @Nested
    class AsWired extends ViewModelsOnFakes {

        @Test
        void theKioskAsksAgainAtTheEndOfTheDay() {
            openConstruction();
            h.clock.advance(Duration.ofHours(17));
            vm.onTick();
            assertThat(vm.flow.screen()).isEqualTo(Screen.INITIALISATION);
        }

        @Test
        void theNextWorkerStartsInTheSitesDefaultLanguage() {
            h.central.employs(WORKER, ROOFER);
            openConstruction();
            vm.idle.onLanguage(Language.ALL.get(4)); // Polski
            assertThat(i18n.locale()).isEqualTo(Locale.forLanguageTag("pl"));
            h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
            assertThat(i18n.locale()).isEqualTo(Locale.forLanguageTag("pl")); // the worker reads their confirmation
            countdown.fire();
            assertThat(i18n.locale()).isEqualTo(KioskSettings.defaults().defaultLocale());
        }
    }
}
