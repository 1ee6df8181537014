package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * In the real window (1024x768, on fakes): a kids' card is refused in the worker's language, the
 * seconds left show wherever the kiosk waits, and the Limosa screens say what form the number has
 * and that the L1 QR code can be scanned.
 */
class CardHolderScreensTest extends KioskUiTestBase {

    private void openConstruction() throws Exception {
        launch(KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH).withReturnDelay(Duration.ofSeconds(20)),
                h -> {
                    h.central.employs(FakeCard.SPECIMEN, ROOFER);
                    h.open(Fixtures.CIAW_SITE);
                });
        awaitScreen(Screen.IDLE);
    }

    @Test
    void aKidsCardSaysItCannotBeUsedForWorkRegistrationInTheWorkersLanguage() throws Exception {
        openConstruction();
        clickOn("#lang-pl");
        awaitTrue(() -> shows("#headline", "Włóż swoją kartę eID"));
        h.card.insertAndRead(FakeCard.kidsCard());
        awaitScreen(Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("Tą kartą nie można zarejestrować pracy");
        assertThat(text("#detail")).startsWith("To jest dowód osobisty dziecka.");
        assertThat(h.presences.registrations).isEmpty();
    }

    @Test
    void theSecondsLeftShowOnTheWaitingScreensAndNotOnIdle() throws Exception {
        openConstruction();
        assertThat(shown("#countdown")).isFalse();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        awaitScreen(Screen.EMPLOYER_CHOICE);
        assertThat(text("#countdown")).matches("\\d+ s");
        h.card.removed();
        awaitTrue(() -> showsMatching("#countdown", "(20|1\\d|\\d) s"));
        clickOn("#company-" + ROOFER.enterpriseNumber());
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#countdown")).matches("\\d+ s");
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);
        assertThat(shown("#countdown")).isFalse();
    }

    @Test
    void theLimosaScreensShowTheL1FormsNumberAndTheQrCode() throws Exception {
        openConstruction();
        assertThat(text("#limosaScan")).isEqualTo("Limosa L1 form? Scan its QR code.");
        clickOn("#typeLimosa");
        awaitScreen(Screen.TYPED_ENTRY);
        assertThat(text("#display")).isEqualTo("____ ____ ____ ____ _");
        assertThat(text("#hint")).isEqualTo("17 digits, as on your Limosa L1 form – or scan the form's QR code.");
        keypad("23456");
        assertThat(text("#display")).isEqualTo("2345 6___ ____ ____ _");
        clickOn("#switchKind");
        awaitTrue(() -> shows("#hint", "Your national register number: 11 digits."));
    }
}
