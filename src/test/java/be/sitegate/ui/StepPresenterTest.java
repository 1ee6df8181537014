package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ELECTRICIAN;
import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.confirmation.ConfirmationViewModel;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** What each step of a registration shows: the question still to answer, or the confirmation and its receipt. */
class StepPresenterTest extends ViewModelsOnFakes {

    @Test
    void cardReadRegistersAndShowsTheReceiptWhenItArrives() {
        h.central.employs(FakeCard.SPECIMEN, ROOFER);
        openConstruction();
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);

        h.card.insert();
        assertThat(vm.flow.screen()).isEqualTo(Screen.READING);
        h.card.read(FakeCard.specimen());

        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation.nameProperty().get()).isEqualTo("Alice Specimen");
        assertThat(vm.confirmation.employerProperty().get()).isEqualTo(Msg.of("confirm.employer", ROOFER.name()));
        assertThat(vm.confirmation.timeProperty().get()).isEqualTo(Msg.of("confirm.time", "07:12"));
        assertThat(vm.confirmation.statusProperty().get()).isEqualTo(Msg.of("confirm.status.stored"));
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(6));

        h.presences.accept(h.presences.lastRegistration().reference(), "123456789012");
        assertThat(vm.confirmation.statusProperty().get()).isEqualTo(Msg.of("confirm.status.accepted", "123456789012"));
        assertThat(vm.confirmation.stateProperty().get()).isEqualTo(ConfirmationViewModel.State.CONFIRMED);

        countdown.fire();
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
    }

    @Test
    void aReceiptForSomeoneElseDoesNotChangeTheScreen() {
        h.central.employs(FakeCard.SPECIMEN, ROOFER);
        openConstruction();
        h.card.insertAndRead(FakeCard.specimen());
        h.presences.accept(be.sitegate.domain.ClientReference.generate(h.clock.instant()), "999");
        assertThat(vm.confirmation.statusProperty().get()).isEqualTo(Msg.of("confirm.status.stored"));
    }

    @Test
    void aRejectionShowsAProblem() {
        h.central.employs(FakeCard.SPECIMEN, ROOFER);
        openConstruction();
        h.card.insertAndRead(FakeCard.specimen());
        h.presences.reject(h.presences.lastRegistration().reference(), "RELATED DIMONA NOT OK");
        assertThat(vm.confirmation.stateProperty().get()).isEqualTo(ConfirmationViewModel.State.PROBLEM);
    }

    @Test
    void theEmployerChoiceIsRememberedForTheNextVisit() {
        openConstruction();
        h.central.setOnline(false);
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        assertThat(vm.flow.screen()).isEqualTo(Screen.EMPLOYER_CHOICE);
        assertThat(vm.employerChoice.visibleCompanies()).hasSize(3);
        assertThat(vm.employerChoice.searchShownProperty().get()).isFalse();

        vm.employerChoice.onChoose(ELECTRICIAN);
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation.employerProperty().get()).isEqualTo(Msg.of("confirm.employer", ELECTRICIAN.name()));

        h.presences.registrations.clear(); // the next day
        countdown.fire();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(h.presences.lastRegistration().employer()).contains(ELECTRICIAN.enterpriseNumber());
    }

    @Test
    void aSecondTapTheSameDaySaysAlreadyRegistered() {
        h.central.employs(WORKER, ROOFER);
        openConstruction();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        h.presences.accept(h.presences.lastRegistration().reference(), "111222333");
        countdown.fire();
        h.clock.advance(Duration.ofHours(3));

        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.already.title"));
        assertThat(vm.confirmation.timeProperty().get()).isEqualTo(Msg.of("confirm.already.detail", "07:12"));
        assertThat(vm.confirmation.statusProperty().get()).isEqualTo(Msg.of("confirm.status.accepted", "111222333"));
        assertThat(h.presences.registrations).hasSize(1);
    }

    @Test
    void checkInAndOutGoesInBreakInEnd() {
        h.central.employs(WORKER, ROOFER);
        h.open(Fixtures.CIAOW_SITE);
        vm.activate();
        var jan = FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC);

        h.card.insertAndRead(jan);
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.in.title"));
        countdown.fire();

        h.card.insertAndRead(jan);
        assertThat(vm.flow.screen()).isEqualTo(Screen.BREAK_OR_END);
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(30));
        vm.breakOrEnd.onBreak();
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.break.title"));
        countdown.fire();

        h.card.insertAndRead(jan);
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.in.title"));
        countdown.fire();

        h.card.insertAndRead(jan);
        vm.breakOrEnd.onEndOfWork();
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.end.title"));
        assertThat(h.presences.events).hasSize(4);
    }

    @Test
    void aPhotoReadAfterTheNextWorkerCameIsNotShown() {
        Queue<Runnable> background = new ArrayDeque<>();
        StepPresenter presenter = new StepPresenter(new Threads(Runnable::run, background::add), vm.flow,
                vm.employerChoice, vm.breakOrEnd, vm.confirmation);
        h.central.employs(FakeCard.SPECIMEN, ROOFER);
        openConstruction();
        h.card.insertAndRead(FakeCard.specimen());
        var stored = new RegistrationStep.AlreadyRegistered(h.presences.lastRegistration(), Optional.of(ROOFER));

        long turn = vm.flow.beginTurn();
        presenter.show(stored, turn, new CardExtras(Msg.NONE, Optional.of(() -> Optional.of(new byte[] {1}))));
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        vm.flow.beginTurn(); // the next card went in
        background.poll().run();
        assertThat(vm.confirmation.photoProperty().get()).isNull();
    }
}
