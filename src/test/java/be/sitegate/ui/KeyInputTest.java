package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.OTHER_WORKER;
import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.ui.shared.Msg;
import java.time.Duration;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The physical keyboard and the keyboard-wedge scanner as the window's key filters see them, on a clock
 * the test moves: "scanner speed" is exactly 5 ms a key, and a screen being built exactly 300 ms.
 */
class KeyInputTest extends ViewModelsOnFakes {

    private static final long MS = 1_000_000;
    private long now;
    private final KeyInput keys = new KeyInput(vm.flow, vm.input, Duration.ofMillis(50), () -> now);

    @BeforeEach
    void open() {
        openConstruction();
        h.central.employs(WORKER, ROOFER).employs(OTHER_WORKER, ROOFER);
    }

    private void type(String text, long gapMs) {
        for (char c : text.toCharArray()) {
            keys.onTyped(new KeyEvent(KeyEvent.KEY_TYPED, String.valueOf(c), "", KeyCode.UNDEFINED, false, false, false, false));
            now += gapMs * MS;
        }
    }

    private void enter() {
        keys.onPressed(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.ENTER, false, false, false, false));
    }

    @Test
    void aNationalNumberTypedAtScannerSpeedAcrossAScreenChangeIsTheNationalNumber() {
        type(OTHER_WORKER.toString(), 5);
        enter();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);

        // The next worker types at once: the first digit leaves the confirmation for the keypad, which
        // takes a moment to build; the ten digits after it and Enter come as fast as a scanner's.
        String number = WORKER.toString();
        type(number.substring(0, 1), 300);
        assertThat(vm.flow.screen()).isEqualTo(Screen.TYPED_ENTRY);
        type(number.substring(1), 5);
        assertThat(vm.entry.displayProperty().get()).isEqualTo("85.07.30-033.28"); // no digit dropped
        enter();

        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(h.presences.registrations).hasSize(2);
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.TYPED_NATIONAL_NUMBER);
        assertThat(h.presences.lastRegistration().worker().key()).isEqualTo("I:" + WORKER);
    }

    @Test
    void aScannedL1CodeRegistersTheLimosaNumberAndItsDigitsNeverReachTheKeypad() {
        type("https://www.limosa.be/l1?limosaId=34567890123456789&name=Zielinski", 5);
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
        enter();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.SCANNED_LIMOSA_QR);
        assertThat(h.presences.lastRegistration().worker().key()).isEqualTo("L:34567890123456789");
    }

    @Test
    void aFullLengthLimosaNumberFromAScannerIsAScanEvenThoughItOpenedTheKeypad() {
        type("34567890123456789", 5);
        enter();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.SCANNED_LIMOSA_QR);
        assertThat(h.presences.lastRegistration().worker().key()).isEqualTo("L:34567890123456789");
    }

    @Test
    void aShortBurstOfDigitsAtScannerSpeedIsTypedAndCheckedAsANationalNumber() {
        type("8507300332", 5); // one digit short: not a Limosa number, whatever the speed
        enter();
        assertThat(vm.flow.screen()).isEqualTo(Screen.TYPED_ENTRY);
        assertThat(vm.entry.errorProperty().get()).isNotEqualTo(Msg.NONE);
        assertThat(h.presences.registrations).isEmpty();
    }

    @Test
    void aDamagedCodeAtScannerSpeedSaysItCannotBeRead() {
        type("ttps:/www.limosa.be/nothing", 5);
        enter();
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.detailProperty().get()).isEqualTo(Msg.of("reason.UNREADABLE_SCAN"));
    }
}
