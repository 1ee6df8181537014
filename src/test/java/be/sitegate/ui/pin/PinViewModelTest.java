package be.sitegate.ui.pin;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Pin;
import be.sitegate.kiosk.PinGate;
import be.sitegate.testkit.InMemoryPins;
import be.sitegate.testkit.TestClock;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The PIN door without a screen: the real gate on a test clock, a fast stand-in for the slow hash. */
class PinViewModelTest {

    private final TestClock clock = TestClock.mondayMorning();
    private final InMemoryPins records = new InMemoryPins();
    private final PinGate gate = new PinGate(records, InMemoryPins.FAST_HASHER, Optional.empty(), clock);
    private final PinViewModel door = new PinViewModel(gate, Threads.direct(), ZoneId.of("Europe/Brussels"));
    private final AtomicInteger granted = new AtomicInteger();
    private final AtomicInteger cancelled = new AtomicInteger();

    private void type(String digits) {
        digits.chars().forEach(c -> door.onDigit((char) c));
    }

    private void open() {
        door.open(new PinViewModel.Exits(granted::incrementAndGet, cancelled::incrementAndGet));
    }

    private void choose() {
        door.choose(new PinViewModel.Exits(granted::incrementAndGet, cancelled::incrementAndGet));
    }

    @Test
    void afterTheInitialisationANewPinIsTypedTwiceAndSet() {
        assertThat(door.needsChoosing()).isTrue();
        choose();
        assertThat(door.titleProperty().get()).isEqualTo(Msg.of("pin.choose"));
        type("482913");
        assertThat(door.dotsProperty().get()).isEqualTo("●●●●●●");
        door.onOk();
        assertThat(door.titleProperty().get()).isEqualTo(Msg.of("pin.confirm"));
        type("482913");
        door.onOk();
        assertThat(granted).hasValue(1);
        assertThat(gate.isSet()).isTrue();
    }

    @Test
    void twoDifferentNewPinsStartAgain() {
        choose();
        type("482913");
        door.onOk();
        type("482914");
        door.onOk();
        assertThat(door.messageProperty().get()).isEqualTo(Msg.of("pin.differ"));
        assertThat(door.titleProperty().get()).isEqualTo(Msg.of("pin.choose"));
        assertThat(gate.isSet()).isFalse();
    }

    @Test
    void withoutAPinTheDoorStaysShutWhateverIsTyped() {
        open();
        assertThat(door.messageProperty().get()).isEqualTo(Msg.of("pin.notSet"));
        type("482913");
        door.onOk();
        assertThat(granted).hasValue(0);
        assertThat(gate.isSet()).isFalse();
    }

    @Test
    void theRightPinOpensAWrongOneSaysSoAndALockSaysUntilWhen() {
        gate.set(Pin.of("482913"));
        open();
        type("000000");
        door.onOk();
        assertThat(door.messageProperty().get()).isEqualTo(Msg.of("pin.wrong"));
        assertThat(door.dotsProperty().get()).as("cleared for the next try").isEmpty();
        type("000000");
        door.onOk();
        type("000000");
        door.onOk();
        assertThat(door.messageProperty().get().key()).isEqualTo("pin.locked");
        assertThat(door.messageProperty().get().args()).containsExactly("07:12:30");

        clock.advance(java.time.Duration.ofSeconds(30));
        type("482913");
        door.onOk();
        assertThat(granted).hasValue(1);
    }

    @Test
    void aShortPinIsNotEvenCheckedAndCancelLeaves() {
        gate.set(Pin.of("482913"));
        open();
        type("1234");
        door.onOk();
        assertThat(door.messageProperty().get()).isEqualTo(Msg.of("pin.form", Pin.MIN_DIGITS, Pin.MAX_DIGITS));
        assertThat(records.state().failures()).as("no try used up").isZero();
        door.onCancel();
        assertThat(cancelled).hasValue(1);
    }
}
