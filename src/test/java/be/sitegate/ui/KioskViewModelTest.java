package be.sitegate.ui;

import static be.sitegate.kiosk.fake.Fixtures.ELECTRICIAN;
import static be.sitegate.kiosk.fake.Fixtures.ROOFER;
import static be.sitegate.kiosk.fake.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.kiosk.fake.Fixtures;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The kiosk flow without a screen: ports in, screens and texts (as keys) out. */
class KioskViewModelTest {

    private final KioskHarness h = new KioskHarness();
    private final ManualCountdown countdown = new ManualCountdown();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private KioskViewModel vm;

    @BeforeEach
    void start() {
        vm = new KioskViewModel(h.services, Threads.direct(), countdown, i18n);
    }

    private void openConstruction() {
        h.open(Fixtures.CIAW_SITE);
        vm.activate();
    }

    @Test
    void startsOnInitialisationUntilTheKioskIsOpened() {
        vm.activate();
        assertThat(vm.flow.screen()).isEqualTo(Screen.INITIALISATION);
        h.card.insertAndRead(FakeCard.specimen()); // cards mean nothing yet
        assertThat(vm.flow.screen()).isEqualTo(Screen.INITIALISATION);
        assertThat(h.presences.registrations).isEmpty();
    }

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
    void aPulledCardAsksToInsertAgain() {
        openConstruction();
        h.card.insert();
        h.card.pulled();
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.removed.title"));
        assertThat(vm.message.kindProperty().get()).isEqualTo(MessageViewModel.Kind.WARNING);
        countdown.fire();
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
    }

    @Test
    void aForgedCardIsRefusedAndNothingIsStored() {
        openConstruction();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.NOT_AUTHENTIC));
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.notAuthentic.title"));
        assertThat(h.presences.registrations).isEmpty();
    }

    @Test
    void anExpiredButAuthenticCardRegistersWithANotice() {
        h.central.employs(WORKER, ROOFER);
        openConstruction();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan Pieter", "Peeters", Authenticity.EXPIRED));
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation.noticeProperty().get()).isEqualTo(Msg.of("confirm.expired"));
        assertThat(vm.confirmation.nameProperty().get()).isEqualTo("Jan Peeters");
        assertThat(h.presences.registrations).hasSize(1);
    }

    @Test
    void anUnreadableCardSaysSo() {
        openConstruction();
        h.card.insert();
        h.card.unreadable();
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.unreadable.title"));
    }

    @Test
    void aNewCardInterruptsTheCountdown() {
        openConstruction();
        h.card.insert();
        h.card.pulled();
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(6));
        h.card.insert();
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(30)); // the message's 6 s are gone
        assertThat(vm.flow.screen()).isEqualTo(Screen.READING);
    }

    @Test
    void aReadThatNeverEndsReturnsToIdle() {
        openConstruction();
        h.card.insert();
        assertThat(vm.flow.screen()).isEqualTo(Screen.READING);
        countdown.fire();
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
    }

    @Test
    void typedNumberWithWrongCheckDigitsSaysWhy() {
        openConstruction();
        "85073003327".chars().forEach(c -> vm.onDigitKey((char) c));
        assertThat(vm.flow.screen()).isEqualTo(Screen.TYPED_ENTRY);
        assertThat(vm.entry.displayProperty().get()).isEqualTo("85.07.30-033.27");
        vm.onEnterKey();
        assertThat(vm.entry.errorProperty().get()).isEqualTo(Msg.of("reason.WRONG_CHECK_DIGITS"));
        assertThat(vm.flow.screen()).isEqualTo(Screen.TYPED_ENTRY);

        vm.onBackspaceKey();
        vm.onDigitKey('8');
        assertThat(vm.entry.errorProperty().get()).isEqualTo(Msg.NONE);
        h.central.employs(WORKER, ROOFER);
        vm.onEnterKey();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation.nameProperty().get()).isEqualTo("85.07.30-***.**");
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.TYPED_NATIONAL_NUMBER);
    }

    @Test
    void limosaNumbersNeedNoEmployer() {
        openConstruction();
        vm.idle.onTypeLimosa();
        assertThat(vm.entry.kindProperty().get()).isEqualTo(TypedEntryViewModel.Kind.LIMOSA);
        "1234567".chars().forEach(c -> vm.entry.onDigit((char) c));
        vm.entry.onSubmit();
        assertThat(vm.entry.errorProperty().get()).isEqualTo(Msg.of("reason.limosa.WRONG_LENGTH"));
        vm.entry.onDigit('8');
        vm.entry.onSubmit();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation.employerProperty().get()).isEqualTo(Msg.NONE);
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.TYPED_LIMOSA);
    }

    @Test
    void aScannedLimosaCodeGoesStraightToRegistration() {
        openConstruction();
        vm.onScan("https://www.limosa.be/check?limosaId=12345678901234567&name=Kowalski");
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.SCANNED_LIMOSA_QR);
        assertThat(h.presences.lastRegistration().worker().key()).isEqualTo("L:12345678901234567");
    }

    @Test
    void aNationalNumberArrivingAsFastAsAScanIsTakenAsANationalNumber() {
        openConstruction();
        h.central.employs(WORKER, ROOFER);
        vm.onScan(WORKER.toString());
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.TYPED_NATIONAL_NUMBER);
        assertThat(h.presences.lastRegistration().worker().key()).isEqualTo("I:" + WORKER);
    }

    @Test
    void anUnreadableScanSaysSo() {
        openConstruction();
        vm.onScan("https://example.org/nothing-here");
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.detailProperty().get()).isEqualTo(Msg.of("reason.UNREADABLE_SCAN"));
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
    void deactivateLeavesNoListenersBehind() {
        openConstruction();
        assertThat(h.card.listenerCount()).isEqualTo(1);
        assertThat(h.presences.listenerCount()).isEqualTo(1);
        vm.deactivate();
        assertThat(h.card.listenerCount()).isZero();
        assertThat(h.presences.listenerCount()).isZero();
    }

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

}
