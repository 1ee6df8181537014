package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.OutcomeSounds.Outcome;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * The worker's outcome in the real window (1024x768, on fakes): green, amber or red, with a shape
 * and a sound for each, changing live as the central service's answer arrives.
 */
class OutcomeScreensTest extends KioskUiTestBase {

    private void openConstruction() throws Exception {
        launch(h -> {
            h.central.employs(FakeCard.SPECIMEN, ROOFER);
            h.open(Fixtures.CIAW_SITE);
        });
        awaitScreen(Screen.IDLE);
    }

    private boolean confirmationIs(String styleClass) {
        return lookup("#screen-confirmation").tryQuery().map(n -> n.getStyleClass().contains(styleClass))
                .orElse(false);
    }

    @Test
    void aReceiptWithARemarkTurnsTheGreenConfirmationAmberWithTheRemarkInPlainWords() throws Exception {
        openConstruction();
        h.card.insertAndRead(FakeCard.specimen());
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#headline")).isEqualTo("You are registered");
        assertThat(text("#mark")).isEqualTo("✔");
        assertThat(confirmationIs("outcome-registered")).isTrue();

        h.presences.acceptWithRemarks(h.presences.lastRegistration().reference(), "123456789012",
                "RELATED DIMONA NOT OK");
        awaitTrue(() -> shows("#headline", "You are registered, but show this to your foreman"));
        assertThat(text("#advice")).isEqualTo("The service says: no valid Dimona");
        assertThat(text("#mark")).isEqualTo("!");
        assertThat(text("#status")).isEqualTo("Confirmed. Receipt no. 123456789012");
        assertThat(confirmationIs("outcome-flagged")).isTrue();
        assertThat(h.sounds.played()).containsExactly(Outcome.REGISTERED, Outcome.FLAGGED);
    }

    @Test
    void aRefusalSaysNotRegisteredInRedAndWhatToDo() throws Exception {
        openConstruction();
        h.card.insertAndRead(FakeCard.specimen());
        awaitScreen(Screen.CONFIRMATION);

        h.presences.reject(h.presences.lastRegistration().reference(), "RELATED DIMONA NOT OK");
        awaitTrue(() -> shows("#headline", "You are NOT registered"));
        assertThat(text("#mark")).isEqualTo("✖");
        assertThat(text("#advice")).isEqualTo(
                "The central service refused this registration: no valid Dimona. Tell the site manager now.");
        assertThat(shown("#status")).as("no 'not accepted' in small type under a tick").isFalse();
        assertThat(confirmationIs("outcome-not-registered")).isTrue();
        assertThat(h.sounds.played()).containsExactly(Outcome.REGISTERED, Outcome.NOT_REGISTERED);
    }

    @Test
    void aRegistrationNotSentInTimeIsRedToo() throws Exception {
        openConstruction();
        h.card.insertAndRead(FakeCard.specimen());
        awaitScreen(Screen.CONFIRMATION);
        h.presences.expire(h.presences.lastRegistration().reference());
        awaitTrue(() -> shows("#headline", "You are NOT registered"));
        assertThat(text("#advice")).startsWith("It could not be sent in time. Tell the site manager now");
    }

    @Test
    void aCardTheKioskRefusesIsRedAndSoundsNotRegistered() throws Exception {
        openConstruction();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.NOT_AUTHENTIC));
        awaitScreen(Screen.MESSAGE);
        assertThat(lookup("#screen-message").query().getStyleClass()).contains("message-error");
        assertThat(h.sounds.played()).containsExactly(Outcome.NOT_REGISTERED);
        assertThat(h.presences.registrations).isEmpty();
    }
}
