package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.DocumentType;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.testkit.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/**
 * The badge screens in the real window at 1024x768, on fakes: "Link a badge" on an authentic eID's
 * confirmation, the consent and "hold your badge", the badge's confirmation, the unknown badge.
 */
class BadgeScreensTest extends KioskUiTestBase {

    private static final BadgeUid BADGE = BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6"));
    private static final CardIdentity JAN = new CardIdentity(WORKER, "Jan", "Peeters", LocalDate.of(2031, 1, 1),
            Authenticity.AUTHENTIC, Optional::empty, DocumentType.BELGIAN_EID, be.sitegate.domain.ChipProof.PROVEN);

    private void open(Locale locale) throws Exception {
        launch(KioskSettings.defaults().withDefaultLocale(locale).withReturnDelay(Duration.ofSeconds(30)), h -> {
            h.central.employs(WORKER, ROOFER);
            h.open(Fixtures.CIAW_SITE);
        });
        awaitScreen(Screen.IDLE);
    }

    @Test
    void linkABadgeFromTheConfirmationAndTapWithIt() throws Exception {
        open(Locale.ENGLISH);
        h.card.insertAndRead(JAN);
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#linkBadgeButton")).isEqualTo("Link a badge");
        clickOn("#linkBadgeButton");

        awaitScreen(Screen.BADGE_CONSENT);
        assertThat(text("#headline")).isEqualTo("Link a badge to you?");
        assertThat(text("#until")).isEqualTo("Until 21/02/2027. The site manager can remove it at any time.");
        assertThat(shown("#keepPhoto")).as("no photo on this card: nothing to keep").isFalse();
        fitsAt1024x768("#agreeButton", "#noThanksButton", "#until");
        clickOn("#agreeButton");

        awaitScreen(Screen.BADGE_HOLD);
        assertThat(text("#headline")).isEqualTo("Hold your badge on the reader");
        h.card.badge(BADGE);
        awaitScreen(Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("Your badge is linked");
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        h.card.badge(BADGE);
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#headline")).isEqualTo("Already registered today");
        assertThat(text("#name")).isEqualTo("Jan Peeters");
        assertThat(shown("#linkBadgeButton")).as("a badge vouches for no other badge").isFalse();
    }

    @Test
    void anUnknownBadgeSaysWhatToDoInTheWorkersLanguage() throws Exception {
        open(Locale.forLanguageTag("pl"));
        h.card.badge(BADGE);
        awaitScreen(Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("Ten identyfikator jest nieznany");
        assertThat(text("#detail")).isEqualTo("Użyj swojego eID lub wpisz swój numer.");
        assertThat(h.presences.registrations).isEmpty();
    }

    @Test
    void theConsentFitsInTheLongestLanguages() throws Exception {
        for (String language : new String[] {"hu", "bg", "de"}) {
            open(Locale.forLanguageTag(language));
            h.card.insertAndRead(JAN);
            awaitScreen(Screen.CONFIRMATION);
            fitsAt1024x768("#okButton", "#linkBadgeButton");
            clickOn("#linkBadgeButton");
            awaitScreen(Screen.BADGE_CONSENT);
            fitsAt1024x768("#agreeButton", "#noThanksButton", "#until");
            closeWindow();
        }
    }

    private void fitsAt1024x768(String... ids) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double barTop = sceneBoundsOf("#status-bar").getMinY();
        for (String id : ids) {
            Bounds b = sceneBoundsOf(id);
            assertThat(b.getMaxY()).as(id + " above the status bar").isLessThanOrEqualTo(barTop);
            assertThat(b.getMaxX()).as(id + " within 1024 px").isLessThanOrEqualTo(1024);
        }
    }

    private Bounds sceneBoundsOf(String id) {
        Node node = lookup(id).match(Node::isVisible).query();
        return node.localToScene(node.getBoundsInLocal());
    }
}
