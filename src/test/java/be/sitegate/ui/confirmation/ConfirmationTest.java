package be.sitegate.ui.confirmation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.Direction;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.OutcomeSounds;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the confirmation says about each stored step, and a receipt that arrives before the screen does. */
class ConfirmationTest {

    private static final Instant AT = Instant.parse("2026-11-23T06:12:00Z");
    private final ConfirmationViewModel vm = new ConfirmationViewModel(ZoneId.of("Europe/Brussels"), OutcomeSounds.SILENT, () -> { });

    private static Registration registration(String ref, Optional<String> name) {
        return new Registration(new ClientReference(ref), Fixtures.CIAW_SITE, WorkerId.of(Fixtures.WORKER),
                Optional.of(Fixtures.ROOFER.enterpriseNumber()), LocalDate.of(2026, 11, 23), AT,
                IdentificationMethod.TYPED_NATIONAL_NUMBER, name, Delivery.pending(AT));
    }

    private static PresenceEvent event(Direction direction, Optional<OutReason> reason) {
        return new PresenceEvent(new ClientReference("SGEVENT"), Fixtures.CIAOW_SITE, WorkerId.of(Fixtures.WORKER),
                Optional.empty(), direction, reason, AT, IdentificationMethod.EID_CARD, Optional.of("Jan Peeters"),
                Delivery.pending(AT));
    }

    @Test
    void aNewRegistrationAndTheEarlierOneOfTodayHaveTheirOwnHeadlines() {
        Confirmation registered = Confirmation.of(new RegistrationStep.Registered(
                registration("SGNEW", Optional.empty()), Optional.of(Fixtures.ROOFER)), Msg.of("confirm.expired"));
        assertThat(registered.headline()).isEqualTo(Msg.of("confirm.registered.title"));
        assertThat(registered.name()).as("no card, no name: the masked number").isEqualTo("**.**.**-***.28");
        assertThat(registered.employer()).contains(Fixtures.ROOFER);
        assertThat(registered.earlierToday()).isFalse();
        assertThat(registered.notice()).isEqualTo(Msg.of("confirm.expired"));

        Confirmation already = Confirmation.of(new RegistrationStep.AlreadyRegistered(
                registration("SGOLD", Optional.of("Jan Peeters")), Optional.empty()), Msg.NONE);
        assertThat(already.headline()).isEqualTo(Msg.of("confirm.already.title"));
        assertThat(already.name()).isEqualTo("Jan Peeters");
        assertThat(already.earlierToday()).isTrue();
    }

    private static Msg headlineOf(PresenceEvent event) {
        return Confirmation.of(new RegistrationStep.EventRecorded(event, Optional.empty()), Msg.NONE).headline();
    }

    @Test
    void anEventSaysInBreakOrEnd() {
        assertThat(headlineOf(event(Direction.IN, Optional.empty()))).isEqualTo(Msg.of("confirm.in.title"));
        assertThat(headlineOf(event(Direction.OUT, Optional.of(OutReason.BREAK))))
                .isEqualTo(Msg.of("confirm.break.title"));
        assertThat(headlineOf(event(Direction.OUT, Optional.of(OutReason.END_OF_WORK))))
                .isEqualTo(Msg.of("confirm.end.title"));
    }

    @Test
    void aQuestionIsNothingToConfirm() {
        Worker jan = Worker.typed(WorkerId.of(Fixtures.WORKER), IdentificationMethod.TYPED_NATIONAL_NUMBER);
        assertThatThrownBy(() -> Confirmation.of(new RegistrationStep.ChooseEmployer(jan, List.of()), Msg.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aReceiptFasterThanTheConfirmationScreenIsShownWithIt() {
        Registration stored = registration("SGFAST", Optional.empty());
        vm.onUpdate(new DeliveryUpdates.Update(stored.reference(), Delivery.accepted("777", List.of(), AT)));
        vm.show(Confirmation.of(new RegistrationStep.Registered(stored, Optional.empty()), Msg.NONE));
        assertThat(vm.statusProperty().get()).isEqualTo(Msg.of("confirm.status.accepted", "777"));
        assertThat(vm.stateProperty().get()).isEqualTo(ConfirmationViewModel.State.CONFIRMED);
    }
}
