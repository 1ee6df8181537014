package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.Pin;
import be.sitegate.kiosk.PinGate;
import be.sitegate.kiosk.fake.FakeReportWriter;
import be.sitegate.kiosk.SyncStatusSource.Connection;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.InMemoryPins;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The administration on the kiosk window: reached only through the PIN, it shows the state in plain
 * words, sends now, asks before exiting, and leads to the site manager's actions.
 */
class AdminScreenTest extends KioskUiTestBase {

    private final InMemoryPins records = new InMemoryPins();
    private final PinGate gate = new PinGate(records, InMemoryPins.FAST_HASHER, Optional.empty(), Clock.systemUTC());
    private final AtomicInteger sent = new AtomicInteger();
    private final AtomicInteger exited = new AtomicInteger();
    private final FakeReportWriter writer = new FakeReportWriter();
    private final be.sitegate.kiosk.ErrorHistory errors = new be.sitegate.kiosk.ErrorHistory(Clock.systemUTC());

    private void openAdmin() throws Exception {
        openAdmin(Locale.ENGLISH);
    }

    private void openAdmin(Locale locale) throws Exception {
        openAdmin(locale, Duration.ofSeconds(30));
    }

    private void openAdmin(Locale locale, Duration choiceTimeout) throws Exception {
        gate.set(Pin.of("482913"));
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(locale)
                .withReturnDelay(Duration.ofSeconds(30)).withChoiceTimeout(choiceTimeout);
        h = new KioskHarness(settings);
        h.open(Fixtures.CIAW_SITE);
        show(h.services.withPin(gate).withAdmin(new AdminTools(sent::incrementAndGet, exited::incrementAndGet,
                Optional.of(writer), java.nio.file.Path.of("/media/stick")).withErrors(errors)), settings);
        awaitScreen(Screen.IDLE);
        clickOn("#adminButton");
        awaitScreen(Screen.PIN);
        "482913".chars().forEach(c -> clickOn("#pin" + (char) c));
        clickOn("#okButton");
        awaitScreen(Screen.ADMIN);
    }

    @Test
    void behindThePinItShowsTheStateSendsNowAndAsksBeforeExiting() throws Exception {
        openAdmin();
        h.sync.set(new SyncStatus(Connection.OFFLINE, 4, Optional.of(Instant.now()), 1, Optional.of(Instant.now()),
                Optional.of("TIMEOUT")));
        awaitTrue(() -> shows("#connection", "Offline"));
        assertThat(text("#lastError")).isEqualTo("The service did not answer in time (TIMEOUT)");
        assertThat(text("#waiting")).startsWith("4 waiting");
        assertThat(text("#defaultLanguage")).isEqualTo("English");

        clickOn("#sendNowButton");
        awaitTrue(() -> sent.get() == 1);
        assertThat(text("#feedback")).isEqualTo("Asked to send everything waiting now.");

        clickOn("#exitButton");
        awaitTrue(() -> shown("#exitNoButton"));
        clickOn("#exitNoButton");
        awaitTrue(() -> shown("#exitButton"));
        assertThat(exited.get()).isZero();
        clickOn("#exitButton");
        clickOn("#exitYesButton");
        awaitTrue(() -> exited.get() == 1);
    }

    // Hungarian and Bulgarian have the longest words; the whole screen, troubles and all, sits above the bar.
    @Test
    void everythingFitsAt1024x768InHungarian() throws Exception {
        fitsAt1024x768("hu");
    }

    @Test
    void everythingFitsAt1024x768InBulgarian() throws Exception {
        fitsAt1024x768("bg");
    }

    private void fitsAt1024x768(String language) throws Exception {
        openAdmin(Locale.forLanguageTag(language));
        h.sync.set(new SyncStatus(Connection.NOT_ACCEPTED, 1234, Optional.of(Instant.now()), 56,
                Optional.of(Instant.now()), Optional.of("CLIENT_REFUSED")));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        double barTop = sceneBounds("#status-bar").getMinY();
        for (String id : new String[] {"#sendNowButton", "#reinitialiseButton", "#exitButton", "#adminBackButton",
            "#lastError", "#failingSince"}) {
            javafx.geometry.Bounds b = sceneBounds(id);
            assertThat(b.getMaxY()).as(language + " " + id).isLessThanOrEqualTo(barTop);
            assertThat(b.getMaxX()).as(language + " " + id).isLessThanOrEqualTo(1024);
        }
        clickOn("#exportsButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        for (String id : new String[] {"#exportFolder", "#exportPdfButton", "#exportCsvButton", "#exportPosterButton",
            "#exportProgress", "#exitButton", "#periodTODAY", "#periodTHIS_MONTH", "#fromEarlier", "#toLater",
            "#periodTo"}) {
            assertThat(sceneBounds(id).getMaxY()).as(language + " exports " + id).isLessThanOrEqualTo(barTop);
            assertThat(sceneBounds(id).getMaxX()).as(language + " exports " + id).isLessThanOrEqualTo(1024);
        }
        clickOn("#exportCsvButton");
        awaitTrue(() -> shown("#exportCancelButton"));
        assertThat(sceneBounds("#exportCancelButton").getMaxY()).as(language + " cancel").isLessThanOrEqualTo(barTop);
        assertThat(sceneBounds("#exportCancelButton").getMaxX()).as(language + " cancel").isLessThanOrEqualTo(1024);
        writer.pending.complete(new be.sitegate.kiosk.ReportWriter.Result.Cancelled());
        clickOn("#exportsButton");
        for (int i = 0; i < 25; i++) {
            errors.record(be.sitegate.kiosk.ErrorHistory.Source.DELIVERY, "SERVER_ERROR (HTTP 503)");
        }
        clickOn("#errorsButton");
        awaitTrue(() -> shown("#errorList"));
        for (String id : new String[] {"#errorList", "#errorsBackButton", "#exitButton"}) {
            assertThat(sceneBounds(id).getMaxY()).as(language + " errors " + id).isLessThanOrEqualTo(barTop);
            assertThat(sceneBounds(id).getMaxX()).as(language + " errors " + id).isLessThanOrEqualTo(1024);
        }
        clickOn("#errorsBackButton");
        clickOn("#exitButton");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(sceneBounds("#exitYesButton").getMaxY()).as(language + " exit yes").isLessThanOrEqualTo(barTop);
    }

    private javafx.geometry.Bounds sceneBounds(String id) {
        javafx.scene.Node node = lookup(id).query();
        return node.localToScene(node.getBoundsInLocal());
    }

    @Test
    void exportsWriteToTheTypedFolderWithProgressAndSayWhereTheFileIs() throws Exception {
        openAdmin();
        clickOn("#exportsButton");
        awaitTrue(() -> shown("#exportFolder"));
        assertThat(lookup("#exportFolder").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo(java.nio.file.Path.of("/media/stick").toString());

        clickOn("#exportCsvButton");
        awaitTrue(() -> writer.pending != null);
        assertThat(writer.asked).singleElement().asString().startsWith("CSV");
        writer.progress.accept(0.4);
        awaitTrue(() -> lookup("#exportProgress").queryAs(javafx.scene.control.ProgressBar.class).getProgress() == 0.4);
        assertThat(lookup("#exportCsvButton").query().isDisabled()).as("one export at a time").isTrue();

        writer.pending.complete(new be.sitegate.kiosk.ReportWriter.Result.Written(
                java.nio.file.Path.of("/media/stick/attendance.csv")));
        awaitTrue(() -> shows("#exportOutcome", "Written: " + java.nio.file.Path.of("/media/stick/attendance.csv")));
        assertThat(lookup("#exportCsvButton").query().isDisabled()).isFalse();
    }

    @Test
    void leftAloneItLocksItselfAndThePinIsAskedAgain() throws Exception {
        openAdmin(Locale.ENGLISH, Duration.ofSeconds(1)); // the foreman's screens wait four choice timeouts
        awaitScreen(15, Screen.IDLE);
        clickOn("#adminButton");
        awaitScreen(Screen.PIN);
    }

    @Test
    void reinitialiseLeadsToTheSiteManagersActions() throws Exception {
        openAdmin();
        clickOn("#reinitialiseButton");
        awaitScreen(Screen.INITIALISATION);
        awaitTrue(() -> shown("#reinitialiseButton"));
    }

    @Test
    void aPeriodIsChosenByTouchAndAnExportUnderWayCanBeCancelled() throws Exception {
        openAdmin();
        clickOn("#exportsButton");
        awaitTrue(() -> shown("#periodTHIS_MONTH"));
        java.time.LocalDate today = h.session.today();
        String day = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today);
        assertThat(text("#periodFrom")).isEqualTo("From " + day);
        assertThat(lookup("#toLater").query().isDisabled()).as("nothing after today").isTrue();
        assertThat(lookup("#periodTODAY").query().getStyleClass()).contains("chosen");

        clickOn("#periodLAST_7_DAYS");
        clickOn("#fromEarlier");
        assertThat(text("#periodFrom")).isEqualTo("From "
                + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(today.minusDays(7)));
        assertThat(lookup("#periodLAST_7_DAYS").query().getStyleClass()).doesNotContain("chosen");
        assertThat(shown("#exportCancelButton")).as("nothing to cancel yet").isFalse();

        clickOn("#exportCsvButton");
        awaitTrue(() -> writer.pending != null);
        assertThat(writer.periods).containsExactly(new be.sitegate.kiosk.ReportPeriod(today.minusDays(7), today));
        assertThat(lookup("#periodYESTERDAY").query().isDisabled()).as("the period holds while it writes").isTrue();
        clickOn("#exportCancelButton");
        awaitTrue(() -> writer.cancels == 1);
        writer.pending.complete(new be.sitegate.kiosk.ReportWriter.Result.Cancelled());
        awaitTrue(() -> shows("#exportOutcome", "Cancelled: nothing was written."));
        assertThat(shown("#exportCancelButton")).isFalse();
    }

    @Test
    void theLastErrorsAreShownNewestFirstInPlainWords() throws Exception {
        openAdmin();
        errors.record(be.sitegate.kiosk.ErrorHistory.Source.DELIVERY, "TIMEOUT");
        errors.record(be.sitegate.kiosk.ErrorHistory.Source.STORAGE, "FULL");
        errors.record(be.sitegate.kiosk.ErrorHistory.Source.CARD_READER, "NO_READER");
        clickOn("#errorsButton");
        awaitTrue(() -> shown("#errorList"));
        awaitTrue(() -> lookup(".admin-error-list .list-cell").queryAll().stream()
                .anyMatch(n -> "No card reader".equals(lineText(n))));
        List<String> lines = lookup(".admin-error-list .list-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty()).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches(AT + "No card reader");
        assertThat(lines.get(1)).matches(AT + "Cannot save registrations: disk full");
        assertThat(lines.get(2)).matches(AT + "The service did not answer in time \\(TIMEOUT\\)");
        clickOn("#errorsBackButton");
        awaitTrue(() -> shown("#lastError"));
    }

    /** The time of an error, with the day when it is not the kiosk's today (the harness's day is a test day). */
    private static final String AT = "(\\d\\d/\\d\\d )?\\d\\d:\\d\\d  ";

    private static String lineText(javafx.scene.Node cell) {
        String t = ((javafx.scene.control.Labeled) cell).getText();
        return t == null ? "" : t.replaceFirst("^" + AT, "");
    }
}
