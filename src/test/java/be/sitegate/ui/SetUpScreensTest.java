package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.initialisation.InitialisationViewModel.Phase;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The morning screen and the status bar as a site manager meets them at 1024x768: every empty field
 * named at once, nothing moving when a message comes, the languages there too, the site manager's
 * actions behind one entry, and a status bar that claims "online" only once the service answered.
 */
class SetUpScreensTest extends KioskUiTestBase {

    private static final List<String> FORM = List.of("#username", "#password", "#workplace", "#submit", ".title");

    @Test
    void anEmptyFormNamesEveryEmptyFieldAtOnceAndMarksThem() throws Exception {
        launch(h -> { });
        awaitScreen(Screen.INITIALISATION);

        clickOn("#submit");

        assertThat(text("#error")).isEqualTo("Still empty: user name, password and workplace number.");
        for (String field : List.of("#username", "#password", "#workplace")) {
            assertThat(lookup(field).query().getStyleClass()).as(field).contains("field-missing");
        }
        clickOn("#username").write("foreman");
        assertThat(shown("#error")).as("the message goes as soon as the form is being corrected").isFalse();
        clickOn("#submit");
        assertThat(text("#error")).isEqualTo("Still empty: password and workplace number.");
        assertThat(lookup("#username").query().getStyleClass()).doesNotContain("field-missing");
    }

    @Test
    void nothingOnTheFormMovesWhenAMessageAppearsOrGoes() throws Exception {
        launch(h -> { });
        awaitScreen(Screen.INITIALISATION);
        Map<String, Bounds> before = bounds(FORM);

        clickOn("#submit");
        assertThat(shown("#error")).isTrue();
        assertThat(bounds(FORM)).isEqualTo(before);

        clickOn("#username").write("foreman");
        clickOn("#password").write("guess");
        clickOn("#workplace").write("1Y101DRUNWB5Z");
        clickOn("#submit");
        awaitTrue(() -> shows("#error", "User name or password is wrong."));
        assertThat(bounds(FORM)).isEqualTo(before);
    }

    @Test
    void theMorningScreenHasTheLanguageBarToo() throws Exception {
        launch(h -> { });
        awaitScreen(Screen.INITIALISATION);
        clickOn("#username").write("foreman");

        clickOn("#lang-pl");

        awaitTrue(() -> shows(".title", "Otwórz kiosk na dziś"));
        assertThat(((javafx.scene.control.TextField) lookup("#username").query()).getText())
                .as("what was typed stays").isEqualTo("foreman");
    }

    @Test
    void theStatusBarSaysConnectingUntilTheServiceFirstAnswered() throws Exception {
        launch(h -> h.sync.set(new SyncStatus(Connection.CONNECTING, 0, Optional.empty(), 0, Optional.empty(),
                Optional.empty())));
        awaitScreen(Screen.INITIALISATION);
        assertThat(text("#connection")).isEqualTo("Connecting…");
        assertThat(lookup("#connection").query().getStyleClass()).doesNotContain("status-bad");

        h.sync.set(true, 0);

        awaitTrue(() -> shows("#connection", "Online"));
    }

    @Test
    void theWorkplaceAndItsAddressAreNotCutInTheStatusBar() throws Exception {
        launch(h -> h.open(Fixtures.CIAW_SITE));
        awaitScreen(Screen.IDLE);
        javafx.scene.control.Label workplace = lookup("#status-bar #workplace").query();
        awaitTrue(() -> workplace.getText().endsWith("Kerkstraat 12, 9000 Gent"));
        WaitForAsyncUtils.waitForFxEvents();
        Node text = workplace.lookup(".text");
        assertThat(((javafx.scene.text.Text) text).getText()).as("what the label draws")
                .isEqualTo(workplace.getText());
    }

    @Test
    void theSiteManagerClosesTheDayFromTheOneEntryPoint() throws Exception {
        launch(h -> h.open(Fixtures.CIAW_SITE));
        awaitScreen(Screen.IDLE);

        clickOn("#siteManagerButton");
        awaitScreen(Screen.INITIALISATION);
        assertThat(phase()).isEqualTo(Phase.MANAGE);
        assertThat(shown("#form")).isFalse();
        assertThat(text("#openFor")).startsWith("1Y101DRUNWB5Z").endsWith("Kerkstraat 12, 9000 Gent");
        clickOn("#closeDayButton");

        awaitTrue(() -> phase() == Phase.FORM && shown("#form"));
        assertThat(h.session.current()).isEmpty();
        assertThat(h.cache.closedAt).isPresent();
        assertThat(text("#notice")).startsWith("The day is closed");
        assertThat(shown("#backButton")).as("nothing to go back to").isFalse();
        assertThat(((javafx.scene.control.Label) lookup("#status-bar #workplace").query()).getText()).isEmpty();
        h.card.insert();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.flow.screen()).as("workers cannot register").isEqualTo(Screen.INITIALISATION);
    }

    @Test
    void theSiteManagerSwitchesWorkplaceOrGoesBackUnchanged() throws Exception {
        launch(h -> h.open(Fixtures.CIAW_SITE));
        awaitScreen(Screen.IDLE);

        clickOn("#siteManagerButton");
        awaitScreen(Screen.INITIALISATION);
        clickOn("#switchWorkplaceButton");
        awaitTrue(() -> phase() == Phase.FORM && shown("#form"));
        assertThat(((javafx.scene.control.TextField) lookup("#username").query()).getText()).isEqualTo("foreman");
        assertThat(((javafx.scene.control.TextField) lookup("#screen-initialisation #workplace").query()).getText())
                .isEmpty();
        clickOn("#backButton");
        awaitScreen(Screen.IDLE);
        assertThat(h.session.current()).isPresent();

        clickOn("#siteManagerButton");
        awaitScreen(Screen.INITIALISATION);
        clickOn("#switchWorkplaceButton");
        clickOn("#password").write("secret");
        clickOn("#screen-initialisation #workplace").write(Fixtures.CIAOW_SITE.toString());
        clickOn("#submit");
        awaitTrue(() -> phase() == Phase.SUMMARY && shown("#summaryScroll"));
        clickOn("#startButton");
        awaitScreen(Screen.IDLE);
        assertThat(h.session.current().orElseThrow().workplace().id()).isEqualTo(Fixtures.CIAOW_SITE);
    }

    @Test
    void reinitialisingAsksOnlyForThePasswordAgain() throws Exception {
        launch(h -> h.open(Fixtures.CIAW_SITE));
        awaitScreen(Screen.IDLE);
        clickOn("#siteManagerButton");
        awaitScreen(Screen.INITIALISATION);

        clickOn("#reinitialiseButton");
        write("secret").type(javafx.scene.input.KeyCode.ENTER);

        awaitTrue(() -> phase() == Phase.SUMMARY && shown("#summaryScroll"));
        assertThat(text("#summaryWorkplace")).isEqualTo("1Y101DRUNWB5Z");
    }

    @Test
    void aWindowBesideTheKioskCoversNoneOfItsButtonsTitlesOrFields() throws Exception {
        launch(h -> { });
        awaitScreen(Screen.INITIALISATION);
        double reserved = 266;
        AuxiliaryWindow reader = new AuxiliaryWindow() {
            @Override
            public void show() {
            }

            @Override
            public double reservedWidth() {
                return reserved;
            }

            @Override
            public void close() {
            }
        };
        org.testfx.api.FxToolkit.setupFixture(() -> window.showAlongside(List.of(reader)));
        WaitForAsyncUtils.waitForFxEvents();

        double free = 1024 - reserved;
        for (String query : List.of(".button", ".text-field", ".title", ".field-label")) {
            for (Node node : lookup("#screen-initialisation").query().lookupAll(query)) {
                if (node.isVisible() && node.getParent().isVisible()) {
                    Bounds b = node.localToScene(node.getLayoutBounds());
                    assertThat(b.getMaxX()).as("%s %s left of the reader's strip", query, node.getId())
                            .isLessThanOrEqualTo(free);
                }
            }
        }
    }

    private Phase phase() {
        return vm.initialisation.phaseProperty().get();
    }

    private Map<String, Bounds> bounds(List<String> queries) {
        WaitForAsyncUtils.waitForFxEvents();
        return queries.stream().collect(Collectors.toMap(Function.identity(), q -> {
            Node n = lookup("#screen-initialisation").query().lookup(q);
            return n.localToScene(n.getLayoutBounds()); // position and size, not the focus ring drawn around them
        }));
    }

    static {
        Locale.setDefault(Locale.ENGLISH);
    }
}
