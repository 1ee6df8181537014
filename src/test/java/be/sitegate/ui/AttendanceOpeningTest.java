package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.attendance.AttendanceViewModel;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Optional;
import java.util.Queue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The foreman's list: read in the background, shown unless something came first, closed by itself. */
class AttendanceOpeningTest {

    private final KioskHarness h = new KioskHarness();
    private final Queue<Runnable> background = new ArrayDeque<>();
    private final ManualCountdown countdown = new ManualCountdown();
    private final KioskFlow flow = new KioskFlow(h.session, KioskSettings.defaults(), countdown,
            new I18n(Locale.ENGLISH), () -> { });
    private final AttendanceViewModel attendance = new AttendanceViewModel(h.session.zone(), flow::toIdle);

    private AttendanceOpening opening(boolean withLog) {
        return new AttendanceOpening(withLog ? Optional.of(h.presences) : Optional.empty(), h.session,
                new Threads(Runnable::run, background::add), flow, attendance);
    }

    @Test
    void aKioskWithoutALogOffersNoList() {
        h.open(Fixtures.CIAW_SITE);
        AttendanceOpening opening = opening(false);
        assertThat(opening.available()).isFalse();
        opening.open();
        assertThat(background).isEmpty();
    }

    @Test
    void aListThatArrivesAfterTheNextWorkerCameIsNotShown() {
        h.open(Fixtures.CIAW_SITE);
        flow.start();
        opening(true).open();
        flow.beginTurn(); // a card went in while the list was being read
        background.poll().run();
        assertThat(flow.screen()).isEqualTo(Screen.IDLE);
        assertThat(attendance.rows()).isEmpty();
    }

    /** The list as the idle screen's discreet button opens it. */
    @Nested
    class AsWired extends ViewModelsOnFakes {

        @Test
        void theForemansListShowsTodayWithMaskedNumbersAndReceipts() {
            h.central.employs(WORKER, ROOFER);
            h.central.employs(FakeCard.SPECIMEN, ROOFER);
            openConstruction();
            h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
            h.presences.accept(h.presences.lastRegistration().reference(), "424242");
            countdown.fire();
            h.clock.advance(Duration.ofMinutes(5));
            h.card.insertAndRead(FakeCard.specimen());
            countdown.fire();

            assertThat(vm.idle.attendanceAvailable()).isTrue();
            vm.idle.onShowAttendance();
            assertThat(vm.flow.screen()).isEqualTo(Screen.ATTENDANCE);
            assertThat(vm.attendance.rows()).extracting(AttendanceViewModel.Row::name)
                    .containsExactly("Alice Specimen", "Jan Peeters"); // newest first
            AttendanceViewModel.Row jan = vm.attendance.rows().get(1);
            assertThat(jan.number()).isEqualTo("**.**.**-***.28");
            assertThat(jan.employer()).isEqualTo(ROOFER.name());
            assertThat(jan.time()).isEqualTo("07:12");
            assertThat(jan.status()).isEqualTo(Msg.of("attendance.status.accepted", "424242"));
            assertThat(vm.attendance.rows().get(0).status()).isEqualTo(Msg.of("attendance.status.pending"));
            assertThat(vm.attendance.summaryProperty().get()).isEqualTo(Msg.of("attendance.count", 2L));
            assertThat(vm.attendance.rows()).allSatisfy(row -> assertThat(row.number()).doesNotContain(WORKER.toString()));
            // A foreman's screen locks itself after four choice timeouts without a touch.
            assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(30).multipliedBy(4));
            vm.attendance.onClose();
            assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
        }
    }
}
