package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Pin;
import be.sitegate.kiosk.PinGate;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.InMemoryPins;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The PIN door on the kiosk window (fakes behind it, the real gate in front): nothing of the
 * foreman's screens shows before the PIN, a wrong one is said, and the screens lock themselves
 * after a while without a touch.
 */
class ForemanDoorScreensTest extends KioskUiTestBase {

    private final InMemoryPins records = new InMemoryPins();
    private final PinGate gate = new PinGate(records, InMemoryPins.FAST_HASHER, Optional.empty(), Clock.systemUTC());

    private void open(Duration choiceTimeout) throws Exception {
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH)
                .withReturnDelay(Duration.ofSeconds(30)).withChoiceTimeout(choiceTimeout);
        h = new KioskHarness(settings);
        h.open(Fixtures.CIAW_SITE);
        show(h.services.withPin(gate), settings);
        awaitScreen(Screen.IDLE);
    }

    private void tapPin(String digits) {
        digits.chars().forEach(c -> clickOn("#pin" + (char) c));
        clickOn("#okButton");
    }

    @Test
    void theSiteManagerWhoOpensTheKioskChoosesThePinAndNobodyElseCan() throws Exception {
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH)
                .withReturnDelay(Duration.ofSeconds(30));
        h = new KioskHarness(settings);
        show(h.services.withPin(gate), settings);
        awaitScreen(Screen.INITIALISATION);
        clickOn("#username").write("foreman");
        clickOn("#password").write("secret");
        clickOn("#workplace").write("1Y101DRUNWB5Z");
        clickOn("#submit");
        awaitTrue(() -> shown("#startButton"));
        clickOn("#startButton");

        awaitScreen(Screen.PIN);
        assertThat(text("#title")).isEqualTo("Choose a foreman PIN");
        tapPin("482913");
        assertThat(text("#title")).isEqualTo("Type the same PIN again");
        tapPin("482913");
        awaitScreen(Screen.IDLE);
        assertThat(gate.isSet()).isTrue();

        clickOn("#attendanceButton");
        awaitScreen(Screen.PIN);
        tapPin("482913");
        awaitScreen(Screen.ATTENDANCE);
    }

    @Test
    void withoutAPinTheDoorStaysShutAndSaysWhoSetsIt() throws Exception {
        open(Duration.ofSeconds(30));
        clickOn("#attendanceButton");
        awaitScreen(Screen.PIN);
        assertThat(text("#message")).isEqualTo(
                "No foreman PIN yet: the site manager chooses it at the morning initialisation.");
        tapPin("123456");
        assertThat(vm.flow.screen()).isEqualTo(Screen.PIN);
        assertThat(gate.isSet()).as("a passer-by cannot choose one").isFalse();
    }

    @Test
    void aWrongPinIsSaidAndTheListStaysShut() throws Exception {
        gate.set(Pin.of("482913"));
        open(Duration.ofSeconds(30));
        clickOn("#attendanceButton");
        awaitScreen(Screen.PIN);
        tapPin("111111");
        awaitTrue(() -> shows("#message", "Wrong PIN."));
        assertThat(vm.flow.screen()).isEqualTo(Screen.PIN);
        assertThat(text("#dots")).as("the typed digits never show").isEmpty();

        tapPin("482913");
        awaitScreen(Screen.ATTENDANCE);
    }

    @Test
    void theSiteManagersActionsAreBehindTheSamePin() throws Exception {
        gate.set(Pin.of("482913"));
        open(Duration.ofSeconds(30));
        clickOn("#siteManagerButton");
        awaitScreen(Screen.PIN);
        clickOn("#cancelButton");
        awaitScreen(Screen.IDLE);
    }

    @Test
    void leftAloneTheForemansListLocksItselfAndTheWorkersIdleScreenReturns() throws Exception {
        gate.set(Pin.of("482913"));
        open(Duration.ofSeconds(1)); // the foreman's screens wait four choice timeouts
        clickOn("#attendanceButton");
        awaitScreen(Screen.PIN);
        tapPin("482913");
        awaitScreen(Screen.ATTENDANCE);
        awaitScreen(15, Screen.IDLE);
        clickOn("#attendanceButton");
        awaitScreen(Screen.PIN);
        assertThat(text("#title")).as("the PIN is asked again").isEqualTo("Foreman PIN");
    }
}
