package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.KioskAssembly;
import be.sitegate.config.KioskConfig;
import be.sitegate.demo.DemoEnvironment;
import be.sitegate.kiosk.fake.RecordingSounds;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The morning sign-in on the assembled kiosk (the project's simulator over loopback HTTPS, a real
 * SQLite file), typed on the on-screen keyboard alone, and with the physical keyboard and a QR
 * scanner alongside it. Headless (Monocle) at 1024x768.
 */
class OnScreenKeyboardSignInTest extends KioskUiTestBase {

    private static final String GENT = "1Y101DRUNWB5Z";
    private static final int NETWORK_SECONDS = 30;

    @TempDir
    Path dir;

    private DemoEnvironment demo;
    private KioskAssembly kiosk;

    @BeforeEach
    void startTheAssembledKiosk() throws Exception {
        demo = DemoEnvironment.start(KioskConfig.of(Map.of(), Map.of()), dir, Clock.systemUTC());
        kiosk = KioskAssembly.start(demo.environment(), Clock.systemUTC());
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH)
                .withReturnDelay(Duration.ofSeconds(30));
        show(new KioskServices(kiosk.session(), kiosk.initialisation(), kiosk.registration(), kiosk.cardEvents(),
                kiosk.deliveries(), kiosk.syncStatus(), kiosk.storageHealth(), Optional.of(kiosk.attendanceLog()),
                settings, new RecordingSounds()), settings);
        awaitScreen(Screen.INITIALISATION);
    }

    @AfterEach
    void stopKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @Test
    void theSiteManagerSignsInTappingOnlyTheOnScreenKeys() {
        taps(DemoEnvironment.SIGN_IN.user());
        clickOn("#osk-enter"); // next: the password
        taps(DemoEnvironment.SIGN_IN.password());
        clickOn("#osk-enter"); // next: the workplace number, in capitals
        taps(GENT);
        assertThat(field("#username").getText()).isEqualTo("demo");
        assertThat(field("#password").getText()).isEqualTo("demo-site-2026");
        assertThat(field("#screen-initialisation #workplace").getText()).isEqualTo(GENT);

        clickOn("#osk-enter"); // done: the form is sent, as Enter does

        awaitTrue(NETWORK_SECONDS, () -> shown("#summaryWorkplace"));
        assertThat(text("#summaryWorkplace")).isEqualTo(GENT);
        assertThat(shown("#keyboardDock")).as("no keyboard under the summary").isFalse();
        clickOn("#startButton");
        awaitScreen(Screen.IDLE);
        assertThat(kiosk.session().current()).isPresent();
    }

    @Test
    void aTappedFieldGetsTheKeysAtItsCaretAndKeepsTheFocus() {
        clickOn("#screen-initialisation #workplace");
        taps("1Y101DRUNWB5");
        clickOn("#username");
        taps("dmo");
        TextInputControl user = field("#username");
        interact(() -> user.positionCaret(1));
        taps("e");
        clickOn("#osk-backspace");
        taps("e");

        assertThat(user.getText()).isEqualTo("demo");
        assertThat(user.isFocused()).as("a key never takes the focus").isTrue();
        assertThat(field("#screen-initialisation #workplace").getText()).isEqualTo("1Y101DRUNWB5");
        interact(() -> user.selectAll());
        taps("x");
        assertThat(user.getText()).as("a selection is replaced").isEqualTo("x");
    }

    @Test
    void thePhysicalKeyboardAndAQrScannerKeepWorkingAlongsideTheOnScreenKeys() {
        clickOn("#username").write("de");
        taps("mo");
        clickOn("#password");
        taps("demo-");
        write("site-2026");
        // A keyboard-wedge scanner: the declaration's URL in one fast burst, ending with Enter.
        clickOn("#screen-initialisation #workplace").write("https://example.be/dow?workplaceId=" + GENT)
                .type(KeyCode.ENTER);

        awaitTrue(NETWORK_SECONDS, () -> shown("#summaryWorkplace"));
        assertThat(text("#summaryWorkplace")).isEqualTo(GENT);
    }

    @Test
    void qwertyIsATapAway() {
        clickOn("#osk-layout");
        Node q = lookup("#osk-q").query();
        Node a = lookup("#osk-a").query();
        assertThat(q.localToScene(q.getLayoutBounds()).getMinY()).as("q on the top row of letters, above a")
                .isLessThan(a.localToScene(a.getLayoutBounds()).getMinY());
        taps("qwerty");
        assertThat(field("#username").getText()).isEqualTo("qwerty");
    }

    private TextInputControl field(String query) {
        return lookup(query).query();
    }

    /**
     * Types with the on-screen keys as a person does: the symbols page for a symbol, shift for a
     * capital (or off again when capitals are held), and back to the letters after.
     */
    private void taps(String text) {
        for (char c : text.toCharArray()) {
            String id = "#osk-" + (Character.isLetterOrDigit(c) && c < 128 ? String.valueOf(Character.toLowerCase(c))
                    : "u" + Integer.toHexString(c));
            if (lookup(id).tryQuery().isEmpty()) {
                clickOn("#osk-page");
            }
            if (Character.isLetter(c) && Character.isUpperCase(c) != capitals()) {
                clickOn("#osk-shift");
            }
            clickOn(id);
        }
    }

    private boolean capitals() {
        return lookup("#osk-shift").tryQuery()
                .map(s -> s.getStyleClass().contains("osk-on") || s.getStyleClass().contains("osk-locked"))
                .orElse(false);
    }
}
