package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.DocumentType;
import be.sitegate.domain.Inss;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.OutcomeSounds.Outcome;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.ui.message.MessageViewModel;
import be.sitegate.ui.shared.Msg;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Threads;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 5: a kids' card is no work card; a card holder's name does not outstay the card;
 * and the seconds left show wherever the kiosk waits for the worker.
 */
class CardHolderTest extends ViewModelsOnFakes {

    @Test
    void aKidsCardIsRefusedInTheWorkersLanguageWithoutAskingForAnEmployer() {
        openConstruction();
        h.card.insertAndRead(FakeCard.kidsCard());
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.kidsCard.title"));
        assertThat(vm.message.detailProperty().get()).isEqualTo(Msg.of("msg.kidsCard.detail"));
        assertThat(vm.message.kindProperty().get()).isEqualTo(MessageViewModel.Kind.ERROR);
        assertThat(h.presences.registrations).isEmpty();
        assertThat(h.sounds.played()).containsExactly(Outcome.NOT_REGISTERED);
    }

    @Test
    void aForeignKidsCardIsRefusedTooAndAForeignersCardIsNot() {
        h.central.employs(WORKER, ROOFER);
        openConstruction();
        Inss child = FakeCard.kidsCard().inss();
        h.card.insertAndRead(FakeCard.identity(child, "Ana", "Popescu", Authenticity.AUTHENTIC,
                DocumentType.FOREIGNER_KIDS_CARD));
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.kidsCard.title"));

        h.card.insertAndRead(FakeCard.identity(WORKER, "Piotr", "Nowak", Authenticity.AUTHENTIC,
                DocumentType.FOREIGNER_CARD));
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(h.presences.registrations).hasSize(1);
    }

    @Test
    void takingTheCardOutShortensTheEmployerQuestionToTheConfirmationTime() {
        openConstruction(); // nobody knows Jan's employer: he is asked
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        assertThat(vm.flow.screen()).isEqualTo(Screen.EMPLOYER_CHOICE);
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(30));

        h.card.removed();
        assertThat(countdown.delay).as("his name goes within the confirmation time").isEqualTo(Duration.ofSeconds(6));
        assertThat(vm.flow.screen()).as("he may still tap his employer").isEqualTo(Screen.EMPLOYER_CHOICE);
        countdown.fire();
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
    }

    @Test
    void aCardTakenOutBeforeTheQuestionArrivesGetsTheShortTimeAtOnce() {
        Queue<Runnable> background = new ArrayDeque<>();
        KioskViewModel queued = new KioskViewModel(h.services, new Threads(Runnable::run, background::add), countdown,
                i18n);
        h.open(Fixtures.CIAW_SITE);
        queued.activate();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        assertThat(queued.flow.screen()).isEqualTo(Screen.READING);
        h.card.removed(); // a quick hand, while the employer is looked up
        background.poll().run();
        assertThat(queued.flow.screen()).isEqualTo(Screen.EMPLOYER_CHOICE);
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void aTypedNumbersQuestionKeepsItsTimeWhenSomeCardIsTakenOut() {
        openConstruction();
        vm.input.startTyping(be.sitegate.ui.typedentry.TypedEntryViewModel.Kind.INSS, "");
        "85073003328".chars().forEach(c -> vm.entry.onDigit((char) c));
        vm.entry.onSubmit();
        assertThat(vm.flow.screen()).isEqualTo(Screen.EMPLOYER_CHOICE);
        h.card.removed(); // someone else's card, left in the reader earlier
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void theSecondsLeftShowWhereTheKioskWaitsForTheWorkerAndNotOnIdle() {
        h.central.employs(FakeCard.SPECIMEN, ROOFER);
        openConstruction();
        assertThat(vm.countdown.textProperty().get()).as("idle waits for nobody").isEqualTo(Msg.NONE);

        h.card.insert();
        assertThat(vm.countdown.textProperty().get()).as("reading: not the worker's time").isEqualTo(Msg.NONE);
        h.card.read(FakeCard.specimen());
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.countdown.textProperty().get()).isEqualTo(Msg.of("countdown.seconds", 6));

        vm.input.onDigitKey('8');
        assertThat(vm.flow.screen()).isEqualTo(Screen.TYPED_ENTRY);
        assertThat(vm.countdown.textProperty().get()).isEqualTo(Msg.of("countdown.seconds", 30));

        countdown.fire();
        assertThat(vm.countdown.textProperty().get()).isEqualTo(Msg.NONE);
    }
}
