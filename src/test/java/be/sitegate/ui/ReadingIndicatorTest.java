package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Threads;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import org.junit.jupiter.api.Test;

/** While the services work (network, disk), the worker sees what is happening. */
class ReadingIndicatorTest {

    private final Queue<Runnable> background = new ArrayDeque<>();
    private final KioskHarness h = new KioskHarness().open(Fixtures.CIAW_SITE);
    private final KioskViewModel vm = new KioskViewModel(h.services, new Threads(Runnable::run, background::add),
            new ManualCountdown(), new I18n(Locale.ENGLISH));

    @Test
    void aCardShowsReadingUntilTheRegistrationIsStored() {
        h.central.employs(FakeCard.SPECIMEN, Fixtures.ROOFER);
        vm.activate();
        h.card.insertAndRead(FakeCard.specimen());
        assertThat(vm.flow.screen()).isEqualTo(Screen.READING);
        assertThat(vm.reading.readingCardProperty().get()).isTrue();
        assertThat(h.presences.registrations).isEmpty();

        background.poll().run();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
    }

    @Test
    void aTypedNumberShowsOneMomentNotReadingYourCard() {
        vm.activate();
        vm.idle.onTypeLimosa();
        "12345678".chars().forEach(c -> vm.entry.onDigit((char) c));
        vm.entry.onSubmit();
        assertThat(vm.flow.screen()).isEqualTo(Screen.READING);
        assertThat(vm.reading.readingCardProperty().get()).isFalse();
        background.poll().run();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
    }

    @Test
    void aLateAnswerForAWorkerWhoLeftIsNotShown() {
        h.central.employs(FakeCard.SPECIMEN, Fixtures.ROOFER);
        vm.activate();
        h.card.insertAndRead(FakeCard.specimen());
        h.card.insert();
        h.card.pulled(); // the next worker pulled their card meanwhile
        background.poll().run();
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(h.presences.registrations).hasSize(1); // the first one is stored all the same
    }
}
