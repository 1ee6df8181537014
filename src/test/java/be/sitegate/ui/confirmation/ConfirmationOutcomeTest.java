package be.sitegate.ui.confirmation;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.OutcomeSounds.Outcome;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.fake.RecordingSounds;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The confirmation in three colours, live as the service's answer arrives, and the sound of each
 * outcome: registered (green), registered but flagged (amber), not registered (red, what to do).
 */
class ConfirmationOutcomeTest {

    private static final Instant AT = Instant.parse("2026-11-23T06:12:00Z");
    private static final ClientReference REF = new ClientReference("SGOUTCOME");

    private final RecordingSounds sounds = new RecordingSounds();
    private final ConfirmationViewModel vm = new ConfirmationViewModel(ZoneId.of("Europe/Brussels"), sounds, () -> { });

    private static Registration registration() {
        return new Registration(REF, Fixtures.CIAW_SITE, WorkerId.of(Fixtures.WORKER),
                Optional.of(Fixtures.ROOFER.enterpriseNumber()), LocalDate.of(2026, 11, 23), AT,
                IdentificationMethod.EID_CARD, Optional.of("Jan Peeters"), Delivery.pending(AT));
    }

    private void showRegistered(Msg cardNotice) {
        vm.show(Confirmation.of(new RegistrationStep.Registered(registration(), Optional.of(Fixtures.ROOFER)),
                cardNotice));
    }

    private void answer(Delivery delivery) {
        vm.onUpdate(new DeliveryUpdates.Update(REF, delivery));
    }

    private static Delivery delivery(DeliveryStatus status, ServiceRemark... remarks) {
        return new Delivery(status, 1, Optional.empty(), List.of(remarks), Optional.empty(), AT, Optional.empty());
    }

    private static String english(Msg msg) {
        return I18n.text(I18n.bundle(Locale.ENGLISH), msg);
    }

    @Test
    void storedOnTheKioskIsRegisteredGreenWithItsSound() {
        showRegistered(Msg.NONE);
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.REGISTERED);
        assertThat(vm.headlineProperty().get()).isEqualTo(Msg.of("confirm.registered.title"));
        assertThat(vm.adviceProperty().get()).isEqualTo(Msg.NONE);
        assertThat(sounds.played()).containsExactly(Outcome.REGISTERED);
    }

    @Test
    void aPlainReceiptKeepsItGreenAndDoesNotSoundAgain() {
        showRegistered(Msg.NONE);
        answer(Delivery.accepted("123456789012", List.of(), AT));
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.REGISTERED);
        assertThat(vm.statusProperty().get()).isEqualTo(Msg.of("confirm.status.accepted", "123456789012"));
        assertThat(sounds.played()).containsExactly(Outcome.REGISTERED);
    }

    @Test
    void aReceiptWithRemarksTurnsTheScreenAmberLiveWithTheRemarkInTheWorkersWords() {
        showRegistered(Msg.NONE);
        answer(Delivery.accepted("123456789012", List.of(
                ServiceRemark.remark("NISS IS NOT KNOW IN THE NATIONAL REGISTER"),
                ServiceRemark.remark("RELATED DIMONA NOT OK")), AT));

        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.FLAGGED);
        assertThat(english(vm.headlineProperty().get()))
                .isEqualTo("You are registered, but show this to your foreman");
        assertThat(english(vm.adviceProperty().get()))
                .isEqualTo("The service says: number not in the national register; no valid Dimona");
        assertThat(I18n.text(I18n.bundle(Locale.forLanguageTag("pl")), vm.adviceProperty().get()))
                .as("in the worker's language").doesNotContain("national register");
        assertThat(vm.statusProperty().get()).as("the receipt stays: it is registered")
                .isEqualTo(Msg.of("confirm.status.accepted", "123456789012"));
        assertThat(sounds.played()).containsExactly(Outcome.REGISTERED, Outcome.FLAGGED);
    }

    @Test
    void onlyTheAlreadyRegisteredRemarkIsNothingForTheForemanAndStaysGreen() {
        showRegistered(Msg.NONE);
        answer(Delivery.accepted("42", List.of(ServiceRemark.remark("SAME DECLARATION HAS ALREADY BEEN REGISTERED")),
                AT));
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.REGISTERED);
        assertThat(vm.adviceProperty().get()).isEqualTo(Msg.NONE);
    }

    @Test
    void aRefusalTurnsItRedSaysNotRegisteredWhyAndWhatToDo() {
        showRegistered(Msg.NONE);
        answer(delivery(DeliveryStatus.REJECTED, ServiceRemark.error("INVALID_INSS", "INSS IS NOT VALID")));

        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.NOT_REGISTERED);
        assertThat(english(vm.headlineProperty().get())).isEqualTo("You are NOT registered");
        assertThat(english(vm.adviceProperty().get())).isEqualTo(
                "The central service refused this registration: INVALID_INSS: INSS IS NOT VALID. "
                        + "Tell the site manager now.");
        assertThat(vm.statusProperty().get()).as("no small-type 'not accepted' under a big tick").isEqualTo(Msg.NONE);
        assertThat(sounds.played()).containsExactly(Outcome.REGISTERED, Outcome.NOT_REGISTERED);
    }

    @Test
    void aRegistrationNotSentInTimeIsRedWithTheSiteManagersRemedy() {
        showRegistered(Msg.NONE);
        answer(delivery(DeliveryStatus.EXPIRED));
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.NOT_REGISTERED);
        assertThat(vm.headlineProperty().get()).isEqualTo(Msg.of("confirm.notRegistered.title"));
        assertThat(vm.adviceProperty().get()).isEqualTo(Msg.of("confirm.expiredDelivery.advice"));
        assertThat(sounds.played()).last().isEqualTo(Outcome.NOT_REGISTERED);
    }

    @Test
    void anExpiredCardIsRegisteredButAmberWithItsNotice() {
        showRegistered(Msg.of("confirm.expired"));
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.FLAGGED);
        assertThat(vm.noticeProperty().get()).isEqualTo(Msg.of("confirm.expired"));
        assertThat(vm.headlineProperty().get()).isEqualTo(Msg.of("confirm.registered.title"));
        assertThat(sounds.played()).containsExactly(Outcome.FLAGGED);
    }

    @Test
    void aFlaggedCheckInKeepsSayingWorkStartedAndAsksForTheForemanInTheAdvice() {
        PresenceEvent in = new PresenceEvent(REF, Fixtures.CIAOW_SITE, WorkerId.of(Fixtures.WORKER),
                Optional.empty(), Direction.IN, Optional.empty(), AT, IdentificationMethod.EID_CARD,
                Optional.of("Jan Peeters"), Delivery.pending(AT));
        vm.show(Confirmation.of(new RegistrationStep.EventRecorded(in, Optional.empty()), Msg.NONE));
        answer(Delivery.accepted("7", List.of(ServiceRemark.remark("EMPLOYER NOT ACTIVE")), AT));
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.FLAGGED);
        assertThat(vm.headlineProperty().get()).isEqualTo(Msg.of("confirm.in.title"));
        assertThat(english(vm.adviceProperty().get()))
                .isEqualTo("Show this to your foreman. The service says: employer not active");
    }

    @Test
    void anAnswerAfterTheWorkerLeftChangesNothingAudible() {
        showRegistered(Msg.NONE);
        vm.leave();
        answer(delivery(DeliveryStatus.REJECTED));
        assertThat(sounds.played()).containsExactly(Outcome.REGISTERED);

        // Shown again (the same worker taps again at once), the refusal remembered is shown and heard.
        showRegistered(Msg.NONE);
        assertThat(vm.outcomeProperty().get()).isEqualTo(Outcome.NOT_REGISTERED);
        assertThat(sounds.played()).containsExactly(Outcome.REGISTERED, Outcome.NOT_REGISTERED);
    }
}
