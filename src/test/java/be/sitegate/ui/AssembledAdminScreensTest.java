package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.DataFolderLock;
import be.sitegate.app.KioskAssembly;
import be.sitegate.config.KioskConfig;
import be.sitegate.demo.DemoEnvironment;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Pin;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.fake.RecordingSounds;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administration, the exports and the evacuation list on the kiosk as {@code kiosk --demo}
 * assembles it (the simulator on loopback HTTPS, a real SQLite file, real files in a folder), behind
 * the kiosk's real PIN, wired as {@code KioskCommand} wires it. "Send now" really sends what waits to
 * the simulator, and the exit really ends the kiosk.
 */
class AssembledAdminScreensTest extends KioskUiTestBase {

    private static final String GENT = "1Y101DRUNWB5Z";
    private static final String PIN = "482913";
    private static final int NETWORK_SECONDS = 30;

    @TempDir
    Path dir;

    private DemoEnvironment demo;
    private KioskAssembly kiosk;
    private Path stick;
    private final AtomicBoolean exited = new AtomicBoolean();

    /**
     * A retry waits an hour after a failure (the backoff's start), so what reaches the simulator in
     * the next seconds went because of "send now", not because the forwarder tried again by itself.
     */
    private void start() throws Exception {
        stick = Files.createDirectories(dir.resolve("stick"));
        Map<String, String> config = new HashMap<>(Map.of("central.offers", "employer-lookup,search",
                "sync.backoff-initial", "1h", "sync.backoff-max", "6h", "export.folder", stick.toString()));
        demo = DemoEnvironment.start(KioskConfig.of(config, Map.of()), dir.resolve("demo"), Clock.systemUTC());
        kiosk = KioskAssembly.start(demo.environment(), Clock.systemUTC());
        kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                DemoEnvironment.SIGN_IN.password().toCharArray(), WorkplaceId.parse(GENT));
        kiosk.pinGate().set(Pin.of(PIN));
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH)
                .withReturnDelay(Duration.ofSeconds(30)).withScanKeyGap(Duration.ofMillis(400));
        show(new KioskServices(kiosk.session(), kiosk.initialisation(), kiosk.registration(), kiosk.cardEvents(),
                kiosk.deliveries(), kiosk.syncStatus(), kiosk.storageHealth(), Optional.of(kiosk.attendanceLog()),
                settings, new RecordingSounds()).withPin(kiosk.pinGate())
                .withAdmin(new AdminTools(kiosk.deliveryControl()::sendNow, this::exitAsTheKioskCommandDoes,
                        Optional.of(kiosk.reports()), kiosk.config().exportFolder())
                        .withErrors(kiosk.errorHistory()).withEvacuationList(kiosk.evacuationList())), settings);
        awaitScreen(Screen.IDLE);
    }

    /**
     * The kiosk command's exit is {@code Platform::exit}: the application stops, which closes the
     * window, then {@code KioskLauncher.launch} returns and the command closes the assembly. The same
     * two steps here (the test's JavaFX platform must outlive the test).
     */
    private void exitAsTheKioskCommandDoes() {
        window.close();
        kiosk.close();
        exited.set(true);
    }

    @AfterEach
    void stopKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void throughThePin(String door) {
        clickOn(door);
        awaitScreen(Screen.PIN);
        PIN.chars().forEach(c -> clickOn("#pin" + (char) c));
        clickOn("#okButton");
    }

    private void registerALimosaNumber() {
        clickOn("#typeNumber");
        awaitScreen(Screen.TYPED_ENTRY);
        clickOn("#switchKind");
        keypad("23456789012345678");
        clickOn("#okButton");
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);
    }

    private List<DeliveryStatus> todaysStatuses() {
        return kiosk.attendance().forDay(kiosk.workplace().orElseThrow(), kiosk.session().today()).stream()
                .map(be.sitegate.domain.AttendanceEntry::status).toList();
    }

    @Test
    void sendNowSendsWhatWaitsToTheSimulatorAndTheErrorsOfTheNightStayReadable() throws Exception {
        start();
        demo.simulator().faults().serverErrors(1.0);
        registerALimosaNumber();
        awaitTrue(NETWORK_SECONDS, () -> kiosk.errorHistory().recent().stream()
                .anyMatch(e -> e.code().startsWith("SERVER_ERROR")));
        assertThat(todaysStatuses()).doesNotContain(DeliveryStatus.ACCEPTED);
        demo.simulator().faults().clear();

        throughThePin("#adminButton");
        awaitScreen(Screen.ADMIN);
        awaitTrue(() -> showsMatching("#waiting", "1 waiting, the oldest since \\d\\d:\\d\\d"));
        clickOn("#sendNowButton");

        awaitTrue(NETWORK_SECONDS, () -> todaysStatuses().equals(List.of(DeliveryStatus.ACCEPTED)));
        awaitTrue(NETWORK_SECONDS, () -> shows("#waiting", "Nothing waiting"));

        clickOn("#errorsButton");
        awaitTrue(() -> shown("#errorList"));
        assertThat(lookup(".admin-error-list .list-cell").queryAll()).extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .anySatisfy(line -> assertThat(line).matches("\\d\\d:\\d\\d  The service had an internal error \\(SERVER_ERROR.*\\)"));
    }

    @Test
    void thePinProtectedExitEndsTheKiosk() throws Exception {
        start();
        throughThePin("#adminButton");
        awaitScreen(Screen.ADMIN);
        clickOn("#exitButton");
        awaitTrue(() -> shown("#exitYesButton"));
        assertThat(exited).as("asked once more first").isFalse();
        clickOn("#exitYesButton");

        awaitTrue(exited::get);
        // Ended for real: the data folder is free again, as only a stopped kiosk leaves it.
        try (DataFolderLock next = DataFolderLock.acquire(DataFolderLock.folderOf(kiosk.config().storeFile()),
                Clock.systemUTC())) {
            assertThat(next).isNotNull();
        }
    }

    @Test
    void theAdministrationIsReachedFromTheSiteManagersActionsAndExportsAPeriodToTheStick() throws Exception {
        start();
        registerALimosaNumber();
        throughThePin("#siteManagerButton");
        awaitScreen(Screen.INITIALISATION);
        awaitTrue(() -> shown("#administrationButton"));
        clickOn("#administrationButton");
        awaitScreen(Screen.ADMIN);

        clickOn("#exportsButton");
        awaitTrue(() -> shown("#exportFolder"));
        clickOn("#periodLAST_7_DAYS");
        clickOn("#exportPdfButton");
        awaitTrue(NETWORK_SECONDS, () -> showsMatching("#exportOutcome", "Written: .*"));
        java.time.LocalDate today = kiosk.session().today();
        Path report = stick.resolve("sitegate-attendance-" + GENT + "-" + today.minusDays(6) + "_" + today + ".pdf");
        assertThat(report).isRegularFile();
        assertThat(text("#exportOutcome")).isEqualTo("Written: " + report);
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(report.toFile())) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                    .contains(today.minusDays(6) + " – " + today, "23456789012345678".substring(0, 4));
        }
    }

    @Test
    void whoIsOnSiteNowIsPrintedOrWrittenToTheStickInOneTap() throws Exception {
        start();
        registerALimosaNumber();
        throughThePin("#attendanceButton");
        awaitScreen(Screen.ATTENDANCE);
        assertThat(shown("#printOnSiteButton")).as("only on 'on site now'").isFalse();
        clickOn("#onSiteTab");
        awaitTrue(() -> shown("#printOnSiteButton"));
        javafx.geometry.Bounds b = lookup("#printOnSiteButton").query()
                .localToScene(lookup("#printOnSiteButton").query().getBoundsInLocal());
        assertThat(b.getMaxX()).as("fits 1024 px").isLessThanOrEqualTo(1024);
        clickOn("#printOnSiteButton");

        // This machine may or may not have CUPS: either the printer took it, or the stick has it.
        awaitTrue(NETWORK_SECONDS, () -> shows("#printOutcome", "Sent to the printer.")
                || showsMatching("#printOutcome", "No printer: the list is in .*"));
        if (text("#printOutcome").startsWith("No printer")) {
            try (var files = Files.list(stick)) {
                Path list = files.filter(f -> f.getFileName().toString().startsWith("sitegate-onsite-" + GENT))
                        .findFirst().orElseThrow();
                assertThat(text("#printOutcome")).isEqualTo("No printer: the list is in " + list);
                try (var pdf = org.apache.pdfbox.Loader.loadPDF(list.toFile())) {
                    assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf))
                            .contains("Who is on site now", GENT).containsPattern("People on site\\s+1");
                }
            }
        }
    }
}
