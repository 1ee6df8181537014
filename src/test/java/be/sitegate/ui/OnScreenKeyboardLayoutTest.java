package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Language;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The morning form with the on-screen keyboard docked under it, as a gloved site manager meets it:
 * every key at least 60x60 px at 1024x768 (and bigger on a larger screen), on every page and layout,
 * and the keyboard, the form and the language bar each in a band of their own in every language.
 */
class OnScreenKeyboardLayoutTest extends KioskUiTestBase {

    private static final double GLOVE_PX = 60;
    /** What the form shows, each of which the keyboard must leave uncovered. */
    private static final List<String> FORM = List.of(".title", ".field-label", ".text-field", "#messageArea",
            "#submit", "#useCache", "#backButton");

    @Test
    void everyKeyIsAtLeast60By60PixelsOnEveryPageAndLayoutAt1024x768() throws Exception {
        launch(h -> { });
        awaitScreen(Screen.INITIALISATION);

        assertKeysAtLeast(GLOVE_PX); // AZERTY
        clickOn("#osk-layout");
        assertThat(lookup("#osk-z").queryButton().localToScene(lookup("#osk-z").queryButton().getLayoutBounds())
                .getMinY()).as("QWERTY: z on the bottom row of letters")
                .isGreaterThan(lookup("#osk-a").query().localToScene(lookup("#osk-a").query().getLayoutBounds()).getMinY());
        assertKeysAtLeast(GLOVE_PX);
        clickOn("#osk-page");
        assertThat(shown("#osk-u2d")).as("the symbols page has '-'").isTrue();
        assertKeysAtLeast(GLOVE_PX);
    }

    @Test
    void theKeysAreBiggerOnALargerScreen() throws Exception {
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH);
        h = new KioskHarness(settings);
        showAsSet(h.services, settings.withTapSettle(Duration.ZERO), 1920, 1080);
        awaitScreen(Screen.INITIALISATION);
        assertKeysAtLeast(80);
        assertBands();
    }

    @Test
    void theKeyboardCoversNothingOfTheFormInAnyLanguageWithAMessageShowing() throws Exception {
        launch(h -> { });
        awaitScreen(Screen.INITIALISATION);
        for (Language language : Language.ALL) {
            FxToolkit.setupFixture(() -> i18n.setLocale(Locale.forLanguageTag(language.code())));
            awaitScreen(Screen.INITIALISATION);
            clickOn("#submit"); // every field empty: the longest message the form shows
            assertThat(shown("#error")).isTrue();
            assertBands();
            assertThat(messageFits()).as("%s: the message is not cut", language.code()).isTrue();
        }
    }

    @Test
    void offlineWithTheOfferOfYesterdaysDetailsAndTheWayBackTheFormStillFits() throws Exception {
        launch(h -> h.open(Fixtures.CIAW_SITE));
        awaitScreen(Screen.IDLE);
        clickOn("#siteManagerButton");
        awaitScreen(Screen.INITIALISATION);
        clickOn("#reinitialiseButton");
        write("secret");
        h.central.setOnline(false);
        clickOn("#submit");
        awaitTrue(() -> shown("#useCache") && shown("#backButton"));
        assertBands();
    }

    private void assertKeysAtLeast(double px) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Node> keys = new ArrayList<>(lookup(".osk-key").queryAll());
        assertThat(keys).hasSizeGreaterThan(40);
        for (Node key : keys) {
            Bounds b = key.localToScene(key.getLayoutBounds());
            assertThat(Math.min(b.getWidth(), b.getHeight())).as("key %s %s", key.getId(), b)
                    .isGreaterThanOrEqualTo(px);
        }
    }

    /** Form above keyboard above language bar above status bar, all inside the window. */
    private void assertBands() {
        WaitForAsyncUtils.waitForFxEvents();
        Bounds keyboard = scene("#keyboard");
        Node screen = lookup("#screen-initialisation").query();
        for (String query : FORM) {
            for (Node node : screen.lookupAll(query)) {
                if (node.isVisible() && node.getParent().isVisible() && isInForm(node)) {
                    Bounds b = node.localToScene(node.getLayoutBounds());
                    assertThat(b.getMaxY()).as("%s %s above the keyboard (%s)", query, node.getId(), keyboard)
                            .isLessThanOrEqualTo(keyboard.getMinY());
                }
            }
        }
        Bounds languages = scene(".language-bar");
        assertThat(keyboard.getMaxY()).as("keyboard above the language bar").isLessThanOrEqualTo(languages.getMinY());
        assertThat(languages.getMaxY()).as("language bar above the status bar")
                .isLessThanOrEqualTo(scene("#status-bar").getMinY());
        assertThat(scene("#status-bar").getMaxY()).isLessThanOrEqualTo(window().getScene().getHeight());
    }

    private boolean isInForm(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if ("form".equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** The error's text is drawn whole, not ending in "...". */
    private boolean messageFits() {
        Labeled error = lookup("#error").query();
        Node text = error.lookup(".text");
        return ((javafx.scene.text.Text) text).getText().equals(error.getText());
    }

    private Bounds scene(String query) {
        Node n = lookup(query).query();
        return n.localToScene(n.getLayoutBounds());
    }

    private javafx.stage.Window window() {
        return lookup("#keyboard").query().getScene().getWindow();
    }
}
