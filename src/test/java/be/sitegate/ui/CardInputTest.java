package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ChipProof;
import be.sitegate.domain.DocumentType;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.kiosk.CardEvents.ReaderStatus;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.message.MessageViewModel;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The card reader as the worker meets it: reading, refused, pulled, unreadable, and only once the kiosk is open. */
class CardInputTest extends ViewModelsOnFakes {

    @Test
    void startsOnInitialisationUntilTheKioskIsOpened() {
        vm.activate();
        assertThat(vm.flow.screen()).isEqualTo(Screen.INITIALISATION);
        h.card.insertAndRead(FakeCard.specimen()); // cards mean nothing yet
        assertThat(vm.flow.screen()).isEqualTo(Screen.INITIALISATION);
        assertThat(h.presences.registrations).isEmpty();
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

    /** An applet 1.8 chip that signed the challenge is a stronger identification than a 1.7 card's data alone. */
    @ParameterizedTest
    @CsvSource({"PROVEN, EID_CHIP_PROVEN", "NOT_PROVABLE, EID_CARD"})
    void aCardRecordsWhetherItsChipProvedItself(ChipProof proof, IdentificationMethod recorded) {
        h.central.employs(WORKER, ROOFER);
        openConstruction();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC,
                DocumentType.BELGIAN_EID, proof));
        assertThat(h.presences.registrations).singleElement()
                .extracting(r -> r.method()).isEqualTo(recorded);
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
    void everyCardEventWaitsForTheUiThread() {
        Queue<Runnable> ui = new ArrayDeque<>();
        KioskViewModel later = new KioskViewModel(h.services, new Threads(ui::add, Runnable::run), countdown,
                new I18n(Locale.ENGLISH));
        h.open(Fixtures.CIAW_SITE);
        later.activate();
        ui.forEach(Runnable::run);
        ui.clear();

        h.card.status(ReaderStatus.NO_SERVICE);
        h.card.insert();
        assertThat(later.status.readerProperty().get()).isEqualTo(Msg.of("status.reader.READY"));
        assertThat(later.flow.screen()).isEqualTo(Screen.IDLE);

        ui.forEach(Runnable::run);
        assertThat(later.status.readerProperty().get()).isEqualTo(Msg.of("status.reader.NO_SERVICE"));
        assertThat(later.flow.screen()).isEqualTo(Screen.READING);
    }
}
