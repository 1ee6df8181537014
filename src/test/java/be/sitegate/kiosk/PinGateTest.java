package be.sitegate.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.Pin;
import be.sitegate.testkit.InMemoryPins;
import be.sitegate.testkit.TestClock;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The PIN door's rules on a test clock, with a fast stand-in for the slow hash. */
class PinGateTest {

    private static final Pin RIGHT = Pin.of("482913");
    private static final Pin WRONG = Pin.of("000000");

    private final TestClock clock = TestClock.mondayMorning();
    private final InMemoryPins records = new InMemoryPins();
    private final PinHasher hasher = InMemoryPins.FAST_HASHER;
    private final PinGate gate = new PinGate(records, hasher, Optional.empty(), clock);

    @Test
    void untilAPinIsSetTheDoorStaysShut() {
        assertThat(gate.isSet()).isFalse();
        assertThat(gate.check(RIGHT)).isInstanceOf(PinGate.Attempt.Wrong.class);
        gate.set(RIGHT);
        assertThat(gate.isSet()).isTrue();
        assertThat(records.state().hash()).as("only the hash is stored").contains("h:482913");
    }

    @Test
    void twoWrongTriesAreFreeThenEachLocksTwiceAsLongUpToAnHour() {
        gate.set(RIGHT);
        assertThat(gate.check(WRONG)).isEqualTo(new PinGate.Attempt.Wrong(1));
        assertThat(gate.check(WRONG)).isEqualTo(new PinGate.Attempt.Wrong(0));
        assertThat(gate.check(WRONG)).isEqualTo(new PinGate.Attempt.Locked(clock.instant().plusSeconds(30)));

        assertThat(gate.check(RIGHT)).as("locked: even the right PIN waits")
                .isEqualTo(new PinGate.Attempt.Locked(clock.instant().plusSeconds(30)));
        clock.advance(Duration.ofSeconds(30));
        assertThat(gate.check(WRONG)).isEqualTo(new PinGate.Attempt.Locked(clock.instant().plusSeconds(60)));
        clock.advance(Duration.ofSeconds(60));
        assertThat(gate.check(WRONG)).isEqualTo(new PinGate.Attempt.Locked(clock.instant().plusSeconds(120)));

        assertThat(PinGate.lockFor(10)).isEqualTo(Duration.ofMinutes(64).compareTo(Duration.ofHours(1)) > 0
                ? Duration.ofHours(1) : Duration.ofMinutes(64));
        assertThat(PinGate.lockFor(60)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theRightPinAfterALockClearsTheCount() {
        gate.set(RIGHT);
        gate.check(WRONG);
        gate.check(WRONG);
        gate.check(WRONG);
        clock.advance(Duration.ofSeconds(31));
        assertThat(gate.check(RIGHT)).isInstanceOf(PinGate.Attempt.Granted.class);
        assertThat(gate.check(WRONG)).as("two free tries again").isEqualTo(new PinGate.Attempt.Wrong(1));
    }

    @Test
    void aPinFromTheConfigurationCannotBeChangedOnTheKiosk() {
        PinGate configured = new PinGate(records, hasher, Optional.of("h:111111"), clock);
        assertThat(configured.isSet()).isTrue();
        assertThat(configured.isConfigured()).isTrue();
        assertThat(configured.check(Pin.of("111111"))).isInstanceOf(PinGate.Attempt.Granted.class);
        assertThatThrownBy(() -> configured.set(RIGHT)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPinIsSixToTwelveDigitsAndNeverPrinted() {
        assertThat(Pin.isValid("12345")).isFalse();
        assertThat(Pin.isValid("123456")).isTrue();
        assertThat(Pin.isValid("1234567890123")).isFalse();
        assertThat(Pin.isValid("12345a")).isFalse();
        assertThat(Pin.isValid("１２３４５６")).as("full-width digits").isFalse();
        assertThat(RIGHT.toString()).doesNotContain("482913");
    }
}
