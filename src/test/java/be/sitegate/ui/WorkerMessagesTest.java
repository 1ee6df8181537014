package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.message.MessageViewModel;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Msg;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A message to the worker is a turn of its own and goes back to idle after the return delay. */
class WorkerMessagesTest {

    private final KioskHarness h = new KioskHarness().open(Fixtures.CIAW_SITE);
    private final ManualCountdown countdown = new ManualCountdown();
    private final KioskFlow flow = new KioskFlow(h.session, KioskSettings.defaults(), countdown,
            new I18n(Locale.ENGLISH), () -> { });
    private final MessageViewModel message = new MessageViewModel(be.sitegate.kiosk.OutcomeSounds.SILENT, flow::toIdle);
    private final WorkerMessages messages = new WorkerMessages(flow, message);

    @Test
    void showsTheMessageOutdatesWhatWasUnderWayAndReturnsToIdle() {
        long reading = flow.beginTurn();
        messages.show(MessageViewModel.Kind.WARNING, Msg.of("msg.removed.title"), Msg.of("msg.removed.detail"));
        assertThat(flow.isTurn(reading)).isFalse();
        assertThat(flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(message.kindProperty().get()).isEqualTo(MessageViewModel.Kind.WARNING);
        assertThat(message.titleProperty().get()).isEqualTo(Msg.of("msg.removed.title"));
        assertThat(message.detailProperty().get()).isEqualTo(Msg.of("msg.removed.detail"));
        assertThat(countdown.delay).isEqualTo(Duration.ofSeconds(6));
        countdown.fire();
        assertThat(flow.screen()).isEqualTo(Screen.IDLE);
    }
}
