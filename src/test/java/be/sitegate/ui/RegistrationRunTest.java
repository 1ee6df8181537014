package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.ui.message.MessageViewModel;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import org.junit.jupiter.api.Test;

/** A worker's step runs in the background and is never shown as registered when it fails. */
class RegistrationRunTest extends ViewModelsOnFakes {

    @Test
    void aStoreFailureIsNeverShownAsRegistered() {
        openConstruction();
        h.central.employs(WORKER, ROOFER);
        KioskHarness broken = h; // the recorder throws when the disk is gone
        var failing = new be.sitegate.kiosk.RegistrationService(h.session,
                new be.sitegate.kiosk.EmployerResolver(h.central, h.choices), h.choices,
                new be.sitegate.kiosk.PresenceRecorder() {
                    @Override
                    public DailyOutcome registerDaily(be.sitegate.domain.Registration r) {
                        throw new IllegalStateException("disk full");
                    }

                    @Override
                    public java.util.Optional<be.sitegate.domain.PresenceEvent> lastEvent(
                            be.sitegate.domain.WorkplaceId w, be.sitegate.domain.WorkerId id, java.time.LocalDate d) {
                        return java.util.Optional.empty();
                    }

                    @Override
                    public be.sitegate.domain.PresenceEvent recordEvent(be.sitegate.domain.PresenceEvent e) {
                        throw new IllegalStateException("disk full");
                    }
                });
        var services = new KioskServices(broken.session, broken.services.initialisation(), failing, broken.card,
                broken.presences, broken.sync, broken.storage, java.util.Optional.empty(),
                KioskSettings.defaults());
        vm.deactivate();
        vm = new KioskViewModel(services, Threads.direct(), countdown, i18n);
        vm.activate();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.error.title"));
    }

    @Test
    void aStoreThatCannotSaveTellsTheWorkerTheyAreNotRegisteredAndWhoToTell() {
        h.central.employs(WORKER, ROOFER);
        openConstruction();
        h.presences.failWith(new StorageFailedException(StorageFailedException.Reason.FULL, "disk full", null));
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.kindProperty().get()).isEqualTo(MessageViewModel.Kind.ERROR);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.storage.title"));
        assertThat(vm.message.detailProperty().get()).isEqualTo(Msg.of("msg.storage.detail"));
        assertThat(h.presences.registrations).isEmpty();
        countdown.fire();
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
    }

    @Test
    void anyOtherFailureStillSaysNotRegisteredInGeneralWords() {
        h.central.employs(WORKER, ROOFER);
        openConstruction();
        h.presences.failWith(new IllegalStateException("a bug, not the disk"));
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.error.title"));
        assertThat(vm.message.detailProperty().get()).isEqualTo(Msg.of("msg.error.detail"));
    }

    @Test
    void aKioskWhoseDayEndedUnderTheStepAsksToBeOpenedAgain() {
        openConstruction();
        h.session.end();
        vm.input.onScan(WORKER.toString());
        assertThat(vm.flow.screen()).isEqualTo(Screen.INITIALISATION);
        assertThat(h.presences.registrations).isEmpty();
    }
}
