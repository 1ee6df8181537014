package be.sitegate.ui.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The language bar at the smallest screen, 1024x768 at the kiosk's type size, with the fifteen
 * languages the kiosk speaks: one row, each language in its own name and script, the ones that
 * do not fit one tap away in the picker.
 */
class LanguageBarTest extends FxRobot {

    /** The seven of the first version and the eight added for the largest groups of foreign workers, most used first. */
    static final List<Language> FIFTEEN = List.of(
            new Language(Locale.forLanguageTag("nl"), "Nederlands"),
            new Language(Locale.forLanguageTag("fr"), "Français"),
            new Language(Locale.forLanguageTag("de"), "Deutsch"),
            new Language(Locale.forLanguageTag("en"), "English"),
            new Language(Locale.forLanguageTag("pl"), "Polski"),
            new Language(Locale.forLanguageTag("ro"), "Română"),
            new Language(Locale.forLanguageTag("pt"), "Português"),
            new Language(Locale.forLanguageTag("bg"), "Български"),
            new Language(Locale.forLanguageTag("es"), "Español"),
            new Language(Locale.forLanguageTag("it"), "Italiano"),
            new Language(Locale.forLanguageTag("sk"), "Slovenčina"),
            new Language(Locale.forLanguageTag("tr"), "Türkçe"),
            new Language(Locale.forLanguageTag("uk"), "Українська"),
            new Language(Locale.forLanguageTag("hu"), "Magyar"),
            new Language(Locale.forLanguageTag("lt"), "Lietuvių"));

    private final I18n i18n = new I18n(Locale.forLanguageTag("nl"));
    private LanguageBar bar;

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.setupFixture(() -> FxToolkit.toolkitContext().getRegisteredStage().hide());
    }

    /** The bar as a screen holds it: in a screen's padding, at 28 px type, 1024 px wide. */
    private void show(List<Language> languages) throws TimeoutException {
        FxToolkit.setupStage(stage -> {
            bar = new LanguageBar(new LanguageChoice(i18n, languages), "Meer");
            VBox screen = new VBox(bar);
            screen.getStyleClass().add("screen");
            VBox root = new VBox(screen);
            root.setStyle("-fx-font-size: 28px;");
            Scene scene = new Scene(root, 1024, 768);
            scene.getStylesheets().add(Styles.stylesheet());
            stage.setScene(scene);
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void fifteenLanguagesStayOnOneRowInsideTheScreenAndTheRestAreInThePicker() throws Exception {
        show(Language.ALL);

        List<Node> onRow = bar.getChildrenUnmodifiable().stream().filter(Node::isVisible).toList();
        assertThat(bar.shownOnRow()).isBetween(5, 14);
        assertThat(onRow).last().extracting(Node::getId).isEqualTo("lang-more");
        double top = scene(onRow.get(0)).getMinY();
        for (Node button : onRow) {
            Bounds b = scene(button);
            assertThat(b.getMinY()).as("%s on the one row", button.getId()).isEqualTo(top);
            assertThat(b.getMinX()).as(button.getId()).isGreaterThanOrEqualTo(0);
            assertThat(b.getMaxX()).as("%s inside 1024 px", button.getId()).isLessThanOrEqualTo(1024);
            assertThat(b.getHeight()).as("%s a finger high", button.getId()).isGreaterThanOrEqualTo(56);
        }
        for (Node button : onRow) {
            if (button instanceof Button b && !"lang-more".equals(b.getId())) {
                assertThat(b.getText()).as("the whole name, never cut").doesNotContain("…", "...");
                assertThat(((javafx.scene.text.Text) b.lookup(".text")).getText()).isEqualTo(b.getText());
            }
        }

        clickOn("#lang-more");
        assertThat(bar.pickerShowing()).isTrue();
        for (Language language : FIFTEEN) {
            Button pick = lookup("#pick-" + language.code()).query();
            assertThat(pick.getText()).isEqualTo(language.ownName());
        }
        clickOn("#pick-uk");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(i18n.locale()).isEqualTo(Locale.forLanguageTag("uk"));
        assertThat(bar.pickerShowing()).isFalse();
    }

    @Test
    void theKioskSpeaksTheFifteenEachInItsOwnNameAndScript() {
        assertThat(Language.ALL).isEqualTo(FIFTEEN);
    }

    @Test
    void theSevenLanguagesOfTheFirstVersionAllFitWithoutThePicker() throws Exception {
        List<Language> seven = Language.ALL.subList(0, 7);
        show(seven);

        assertThat(bar.shownOnRow()).isEqualTo(7);
        assertThat(lookup("#lang-more").query().isVisible()).isFalse();
        for (Language language : seven) {
            assertThat(scene(lookup("#lang-" + language.code()).query()).getMaxX()).isLessThanOrEqualTo(1024);
        }
    }

    private static Bounds scene(Node node) {
        return node.localToScene(node.getLayoutBounds()); // without the focus ring drawn around a focused button
    }
}
