package be.sitegate.ui;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.KioskAssembly;
import be.sitegate.config.KioskConfig;
import be.sitegate.demo.DemoEnvironment;
import be.sitegate.kiosk.OutcomeSounds.Outcome;
import be.sitegate.kiosk.fake.RecordingSounds;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk window over the kiosk as {@code kiosk --demo} assembles it: the project's simulator as
 * a real HTTPS server on loopback, the in-process virtual eID card on the real card-reading code,
 * a real SQLite file. Headless (Monocle) at 1024x768. Receipt numbers come from the simulator.
 */
class AssembledKioskScreensTest extends KioskUiTestBase {

    private static final String GENT = "1Y101DRUNWB5Z";
    private static final String CLEANING = "1Y1CLNBXL2026";
    /** Generous bounds for answers that cross loopback HTTPS, a card read or the forwarder. */
    private static final int NETWORK_SECONDS = 30;

    @TempDir
    Path dir;

    private DemoEnvironment demo;
    private KioskAssembly kiosk;
    private final RecordingSounds sounds = new RecordingSounds();

    private void startKiosk(String workplace, Map<String, String> config) throws Exception {
        assemble(config);
        showWindow(Duration.ofSeconds(30));
        signInOnScreen(DemoEnvironment.SIGN_IN.password(), workplace);
        awaitTrue(NETWORK_SECONDS, () -> shown("#summaryWorkplace"));
        assertThat(text("#summaryWorkplace")).isEqualTo(workplace);
        clickOn("#startButton");
        awaitScreen(Screen.IDLE);
    }

    /**
     * The screens' tests ask the embedded simulator for the employer look-up and the search unless
     * they say otherwise; the kiosk's default, the real service's published interface, has its own test.
     */
    private void assemble(Map<String, String> config) {
        Map<String, String> withOffers = new java.util.HashMap<>(config);
        withOffers.putIfAbsent("central.offers", "employer-lookup,search");
        demo = DemoEnvironment.start(KioskConfig.of(withOffers, Map.of()), dir, Clock.systemUTC());
        kiosk = KioskAssembly.start(demo.environment(), Clock.systemUTC());
    }

    /** Wired as {@code KioskCommand} wires it, with the demo's virtual reader as the card source (no window for it). */
    private void showWindow(Duration returnDelay) throws Exception {
        showWindow(KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH).withReturnDelay(returnDelay)
                // The test robot types slower than a scanner; the scan rule itself is tested on its own.
                .withScanKeyGap(Duration.ofMillis(400)));
    }

    private void showWindow(KioskSettings settings) throws Exception {
        show(services(settings), settings);
    }

    /** The assembled kiosk's own sounds would play on this machine's speaker: recorded instead. */
    private KioskServices services(KioskSettings settings) {
        return new KioskServices(kiosk.session(), kiosk.initialisation(), kiosk.registration(), kiosk.cardEvents(),
                kiosk.deliveries(), kiosk.syncStatus(), kiosk.storageHealth(),
                Optional.of(kiosk.attendanceLog()), settings, sounds);
    }

    /** Opened for Gent this morning without the screen, as a contractor did before the window showed. */
    private void assembleOpenedForGent() {
        assemble(Map.of());
        kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                DemoEnvironment.SIGN_IN.password().toCharArray(), be.sitegate.domain.WorkplaceId.parse(GENT));
    }

    private void signInOnScreen(String password, String workplace) {
        awaitScreen(Screen.INITIALISATION);
        clickOn("#username").write(DemoEnvironment.SIGN_IN.user());
        clickOn("#password").write(password);
        clickOn("#workplace").write(workplace);
        clickOn("#submit");
    }

    private java.util.List<be.sitegate.domain.AttendanceEntry> todaysAttendance() {
        return kiosk.attendance().forDay(kiosk.workplace().orElseThrow(), kiosk.session().today());
    }

    private void startKiosk(String workplace) throws Exception {
        startKiosk(workplace, Map.of());
    }

    @AfterEach
    void stopKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void awaitReceipt() {
        awaitReceipt("Confirmed\\. Receipt no\\. \\d{1,15}");
    }

    private void awaitReceipt(String pattern) {
        awaitTrue(NETWORK_SECONDS, () -> lookup("#status").tryQuery().isPresent() && text("#status").matches(pattern));
    }

    private void typeLimosaNumber(String digits) {
        clickOn("#typeNumber");
        awaitScreen(Screen.TYPED_ENTRY);
        clickOn("#switchKind");
        keypad(digits);
        clickOn("#okButton");
    }

    private void typeNationalNumber(String digits) {
        clickOn("#typeNumber");
        awaitScreen(Screen.TYPED_ENTRY);
        keypad(digits);
        clickOn("#okButton");
    }

    @Test
    void theMorningInitialisationShowsWhatTheSimulatorReturned() throws Exception {
        startKiosk(GENT);
        assertThat(text("#workplace")).startsWith(GENT);
        assertThat(kiosk.session().current()).hasValueSatisfying(i ->
                assertThat(i.workplace().address()).isEqualTo("Kortrijksesteenweg 1120, 9051 Gent"));
    }

    @Test
    void aWrongPasswordIsRefusedByTheSimulatorAndSaidInPlainWords() throws Exception {
        assemble(Map.of());
        showWindow(Duration.ofSeconds(30));
        signInOnScreen("not-the-password", GENT);
        awaitTrue(NETWORK_SECONDS, () -> shown("#error"));
        assertThat(text("#error")).isEqualTo("User name or password is wrong.");
        assertThat(kiosk.session().current()).isEmpty();
    }

    @Test
    void anEidCardEndsWithTheSimulatorsReceiptThenASecondTapSaysAlreadyRegistered() throws Exception {
        startKiosk(GENT);
        demo.reader().insert("rsa-17");
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);
        assertThat(text("#headline")).isEqualTo("You are registered");
        assertThat(text("#name")).isEqualTo("Alice Specimen");
        assertThat(text("#employer")).isEqualTo("Employer: Bouwbedrijf Vandenbroucke NV");
        assertThat(lookup("#photo").queryAs(javafx.scene.image.ImageView.class).getImage()).isNotNull();
        awaitReceipt();
        String receipt = text("#status");
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        demo.reader().remove();
        demo.reader().insert("rsa-17"); // at once, as a quick hand would
        awaitTrue(NETWORK_SECONDS, () -> shows("#headline", "Already registered today"));
        assertThat(text("#status")).isEqualTo(receipt);
        assertThat(todaysAttendance()).hasSize(1);
    }

    @Test
    void aForgedCardIsRefusedAndNothingIsRegistered() throws Exception {
        startKiosk(GENT);
        demo.reader().insert("tampered");
        awaitScreen(NETWORK_SECONDS, Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("This card cannot be used");
        assertThat(todaysAttendance()).isEmpty();
    }

    @Test
    void aKidsCardIsNotAskedForAnEmployerAndTheWorkerReadsWhyInTheirLanguage() throws Exception {
        startKiosk(GENT);
        clickOn("#lang-fr");
        awaitTrue(() -> shows("#headline", "Introduisez votre carte eID"));
        demo.reader().insert("kids");
        awaitScreen(NETWORK_SECONDS, Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("Cette carte ne permet pas l'enregistrement du travail");
        assertThat(text("#detail")).startsWith("C'est une carte d'identité pour enfant.");
        assertThat(sounds.played()).containsExactly(Outcome.NOT_REGISTERED);
        assertThat(todaysAttendance()).isEmpty();
    }

    @Test
    void aCardTakenOutDuringTheEmployerQuestionTakesItsNameAwayWithinTheConfirmationTime() throws Exception {
        assemble(Map.of());
        kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                DemoEnvironment.SIGN_IN.password().toCharArray(), be.sitegate.domain.WorkplaceId.parse(GENT));
        showWindow(Duration.ofSeconds(4));
        awaitScreen(Screen.IDLE);
        demo.reader().insert("expired"); // Jan Peeters: no employment known, so he is asked
        awaitScreen(NETWORK_SECONDS, Screen.EMPLOYER_CHOICE);
        assertThat(text("#name")).isEqualTo("Jan Peeters");
        assertThat(text("#countdown")).matches("\\d+ s");
        demo.reader().remove();
        awaitTrue(NETWORK_SECONDS, () -> showsMatching("#countdown", "[1-4] s"));
        awaitScreen(NETWORK_SECONDS, Screen.IDLE);
        assertThat(shown("#name")).as("his name has left the screen").isFalse();
        assertThat(todaysAttendance()).isEmpty();
    }

    @Test
    void aCardPulledDuringTheReadAsksToInsertItAgain() throws Exception {
        startKiosk(GENT);
        demo.reader().terminal().removeAfterApdus(4);
        demo.reader().insert("rsa-17");
        awaitScreen(NETWORK_SECONDS, Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("Card removed too soon");
        assertThat(todaysAttendance()).isEmpty();
    }

    @Test
    void aCardThatIsNotAnEidAndACorruptEidAreUnreadableAndRegisterNothing() throws Exception {
        startKiosk(GENT);
        var bankCard = new be.sitegate.virtualcard.VirtualCardProfile("bank", "not an eID", 0x10,
                java.util.HexFormat.of().parseHex("3B6800000073C84000009000"), Map.of("3F002F00", new byte[10]));
        demo.reader().insert(bankCard);
        awaitScreen(NETWORK_SECONDS, Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("Card cannot be read");
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        var valid = be.sitegate.virtualcard.VirtualCardProfiles.named("rsa-17");
        byte[] identity = java.util.Arrays.copyOf(valid.file(be.sitegate.virtualcard.VirtualCardProfile.IDENTITY), 40);
        identity[39] = 0x7F; // a tag whose length runs past the end of the file
        demo.reader().insert(valid.withFile(be.sitegate.virtualcard.VirtualCardProfile.IDENTITY, identity));
        awaitScreen(NETWORK_SECONDS, Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("Card cannot be read");
        assertThat(todaysAttendance()).isEmpty();
    }

    @Test
    void anExpiredCardRegistersWithANoticeAndTheReceiptFollows() throws Exception {
        startKiosk(GENT);
        demo.reader().insert("expired");
        // Jan Peeters of the expired card has no employment the simulator knows: he picks his employer.
        awaitScreen(NETWORK_SECONDS, Screen.EMPLOYER_CHOICE);
        clickOn("#company-0403123486");
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#notice")).isEqualTo("Your card has expired. You are registered, but renew your card.");
        assertThat(text("#mark")).as("registered, but amber: the card needs renewing").isEqualTo("!");
        // The service accepts a number its register does not know, with a remark, as the real one does;
        // the foreman's list shows the remark in the foreman's language.
        awaitReceipt();
        awaitTrue(() -> showsMatching("#advice", "The service says: .*number not in the national register.*"));
        assertThat(sounds.played()).as("amber from the start: one sound").containsExactly(Outcome.FLAGGED);
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);
        clickOn("#attendanceButton");
        awaitScreen(Screen.ATTENDANCE);
        assertThat(lookup(".table-cell").queryAll()).extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                .anySatisfy(cell -> assertThat(cell).matches("Receipt \\d+ – number not in the national register: check the national number with the worker"));
    }

    @Test
    void aTypedNumberWithAWrongCheckDigitSaysWhyThenTheRightOneGetsAReceipt() throws Exception {
        startKiosk(GENT);
        typeNationalNumber("90021214542");
        awaitTrue(() -> shown("#error"));
        assertThat(text("#error")).isEqualTo("The last two digits do not match. Check the number.");
        clickOn("#keyBack");
        keypad("1");
        clickOn("#okButton");
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);
        assertThat(text("#employer")).isEqualTo("Employer: Bouwbedrijf Vandenbroucke NV");
        awaitReceipt();
    }

    @Test
    void withTheRealServicesInterfaceOnlyTheWorkerPicksTheEmployerOnceAndIsNotAskedAgain() throws Exception {
        startKiosk(GENT, Map.of("central.offers", ""));
        demo.reader().insert("rsa-17");
        awaitScreen(NETWORK_SECONDS, Screen.EMPLOYER_CHOICE);
        clickOn("#company-0566988259");
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#employer")).isEqualTo("Employer: Bouwbedrijf Vandenbroucke NV");
        awaitReceipt();
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        demo.reader().remove();
        demo.reader().insert("rsa-17");
        awaitTrue(NETWORK_SECONDS, () -> shows("#headline", "Already registered today"));
        assertThat(todaysAttendance()).hasSize(1);
    }

    @Test
    void aWorkerWhoseEmployerIsNotOnTheDeclarationPicksOneAndIsConfirmed() throws Exception {
        startKiosk(GENT);
        typeNationalNumber("88010115125");
        awaitScreen(NETWORK_SECONDS, Screen.EMPLOYER_CHOICE);
        assertThat(text("#headline")).isEqualTo("Who do you work for today?");
        clickOn("#company-0448902340");
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#employer")).isEqualTo("Employer: Polbud Sp. z o.o.");
        awaitReceipt();
    }

    @Test
    void aLimosaNumberAloneIsEnoughForAReceipt() throws Exception {
        startKiosk(GENT);
        typeLimosaNumber("23456789012345678");
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);
        assertThat(text("#employer")).as("until the answer, or already with it when it was fast")
                .isIn("Employer: as on your Limosa declaration", "Employer: Polbud Sp. z o.o.");
        awaitReceipt();
        assertThat(text("#employer")).as("the service's answer names the declaration's employer")
                .isEqualTo("Employer: Polbud Sp. z o.o.");
        assertThat(sounds.played()).containsExactly(Outcome.REGISTERED);
    }

    @Test
    void aLimosaNumberTheServiceDoesNotKnowIsRegisteredAndFlaggedNotRefused() throws Exception {
        // The real service registers it and flags LIMOSA ID IS NOT KNOWN (docs/central-api.md).
        startKiosk(GENT);
        typeLimosaNumber("56789012345678901");
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);
        awaitReceipt();
        // Registered, so the receipt shows; flagged, so the screen turns amber and says it in plain words.
        awaitTrue(NETWORK_SECONDS, () -> shows("#headline", "You are registered, but show this to your foreman"));
        assertThat(text("#advice")).isEqualTo("The service says: Limosa number not known");
        assertThat(text("#mark")).isEqualTo("!");
        assertThat(lookup("#screen-confirmation").query().getStyleClass()).contains("outcome-flagged");
        assertThat(sounds.played()).containsExactly(Outcome.REGISTERED, Outcome.FLAGGED);
    }

    @Test
    void aScannedLimosaQrCodeArrivesAsKeyboardInputAndRegisters() throws Exception {
        startKiosk(GENT);
        write("https://www.limosa.be/l1?limosaId=34567890123456789&name=Zielinski", 0);
        type(KeyCode.ENTER);
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);
        awaitReceipt();
    }

    @Test
    void checkInAndOutOnTheCleaningSiteGoesInBreakInEnd() throws Exception {
        startKiosk(CLEANING);
        String karima = "82020517652";
        typeNationalNumber(karima);
        awaitTrue(NETWORK_SECONDS, () -> shows("#headline", "Work started"));
        awaitReceipt();
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        typeNationalNumber(karima);
        awaitScreen(NETWORK_SECONDS, Screen.BREAK_OR_END);
        clickOn("#breakButton");
        awaitTrue(() -> shows("#headline", "Break started"));
        awaitReceipt();
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        typeNationalNumber(karima);
        awaitTrue(NETWORK_SECONDS, () -> shows("#headline", "Work started"));
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        typeNationalNumber(karima);
        awaitScreen(NETWORK_SECONDS, Screen.BREAK_OR_END);
        clickOn("#endButton");
        awaitTrue(() -> shows("#headline", "Work ended. Goodbye!"));
        awaitReceipt();
    }

    @Test
    void aPolishWorkerWithoutAKnownEmployerPicksOneAndReadsEverythingInPolish() throws Exception {
        startKiosk(GENT);
        clickOn("#lang-pl");
        awaitTrue(() -> shows("#headline", "Włóż swoją kartę eID"));
        // Dirk's last employment ended in 2023: the look-up finds nobody, so he picks.
        typeNationalNumber("69031409384");
        awaitScreen(NETWORK_SECONDS, Screen.EMPLOYER_CHOICE);
        assertThat(text("#headline")).isEqualTo("Dla kogo dziś pracujesz?");
        clickOn("#company-0448902340");
        awaitScreen(Screen.CONFIRMATION);
        awaitReceipt("Potwierdzono\\. Numer potwierdzenia \\d{1,15}");
        // Registered, and flagged (no Dimona of Dirk's for this employer today): said in Polish too.
        awaitTrue(() -> shows("#headline", "Zarejestrowano, ale pokaż to brygadziście"));
        assertThat(text("#advice")).startsWith("Służba zgłasza: ");
    }

    @Test
    void aNumberTypedOnThePhysicalKeyboardRegisters() throws Exception {
        startKiosk(GENT);
        write("03040512242", 120); // a person typing, not a scanner
        awaitScreen(Screen.TYPED_ENTRY);
        awaitTrue(() -> shows("#display", "03.04.05-122.42"));
        type(KeyCode.ENTER);
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);
        awaitReceipt();
    }

    @Test
    void duringAnOutageTheRegistrationQueuesVisiblyAndItsReceiptFollowsTheRecovery() throws Exception {
        startKiosk(GENT, Map.of("sync.backoff-initial", "200ms", "sync.backoff-max", "1s"));
        demo.simulator().faults().outage(Duration.ofMinutes(10));
        typeNationalNumber("92092306477");
        // Her employer cannot be looked up offline and was never chosen here: she picks it, at once.
        awaitScreen(NETWORK_SECONDS, Screen.EMPLOYER_CHOICE);
        clickOn("#company-0566988259");
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#status")).isEqualTo("Saved on this kiosk. Sending…");
        awaitTrue(NETWORK_SECONDS, () -> showsMatching("#queue", "1 waiting since \\d\\d:\\d\\d"));
        // The simulator answers 503 during its outage: the service is reached, and refusing.
        assertThat(text("#connection")).isEqualTo("Service refusing");

        demo.simulator().faults().clear();
        awaitReceipt();
        awaitTrue(NETWORK_SECONDS, () -> shows("#queue", "Nothing waiting"));
        assertThat(text("#connection")).isEqualTo("Online");
    }

    @Test
    void withoutAConnectionYesterdaysDetailsOpenTheKioskWithAWarningAndRegistrationsQueue() throws Exception {
        // Yesterday morning, online: the kiosk was opened for Gent and closed at the end of the day.
        assemble(Map.of());
        kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                DemoEnvironment.SIGN_IN.password().toCharArray(), be.sitegate.domain.WorkplaceId.parse(GENT));
        kiosk.close();
        demo.simulator().close();
        long yesterday = java.time.Instant.now().minus(Duration.ofDays(1)).toEpochMilli();
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("kiosk.db"));
             var update = db.prepareStatement("UPDATE kiosk_initialisation SET initialised_at = ?, expires_at = ?")) {
            update.setLong(1, yesterday);
            update.setLong(2, yesterday + 1);
            update.executeUpdate();
        }

        // This morning the service cannot be reached.
        assemble(Map.of());
        demo.simulator().faults().outage(Duration.ofMinutes(10));
        showWindow(Duration.ofSeconds(30));
        signInOnScreen(DemoEnvironment.SIGN_IN.password(), GENT);
        awaitTrue(NETWORK_SECONDS, () -> shown("#useCache"));
        assertThat(text("#error")).isEqualTo("The central service cannot be reached.");
        clickOn("#useCache");
        awaitTrue(() -> shown("#summaryWarning"));
        assertThat(text("#summaryWarning")).startsWith("Offline: these details are from");
        assertThat(text("#summaryAddress")).isEqualTo("Kortrijksesteenweg 1120, 9051 Gent");
        clickOn("#startButton");
        awaitScreen(Screen.IDLE);

        demo.reader().insert("rsa-17");
        awaitScreen(NETWORK_SECONDS, Screen.EMPLOYER_CHOICE); // no look-up offline, never chosen here
        clickOn("#company-0566988259");
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#status")).isEqualTo("Saved on this kiosk. Sending…");
        awaitTrue(NETWORK_SECONDS, () -> showsMatching("#queue", "1 waiting since \\d\\d:\\d\\d"));
    }

    @Test
    void theConfirmationReturnsToTheIdleScreenByItself() throws Exception {
        assemble(Map.of());
        kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                DemoEnvironment.SIGN_IN.password().toCharArray(), be.sitegate.domain.WorkplaceId.parse(GENT));
        showWindow(Duration.ofSeconds(2));
        awaitScreen(Screen.IDLE);
        demo.reader().insert("ec-18");
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);
        assertThat(text("#name")).isEqualTo("Benoît Specimen");
        awaitScreen(NETWORK_SECONDS, Screen.IDLE);
    }

    @Test
    void aPressOnOneScreenReleasedOnTheNextDoesNotActThere() throws Exception {
        startKiosk(GENT);
        moveTo("#lang-de");
        press(MouseButton.PRIMARY);
        // The next worker's card arrives while a finger is still on the idle screen's "Deutsch".
        demo.reader().insert("rsa-17");
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);
        release(MouseButton.PRIMARY);

        assertThat(text("#headline")).isEqualTo("You are registered");
        assertThat(i18n.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
    }

    @Test
    void aTapInTheFirstMomentOfANewScreenIsNotTaken() throws Exception {
        assembleOpenedForGent();
        // A pause no test outlasts: every press after the idle screen appeared comes "in the first moment".
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH)
                .withTapSettle(Duration.ofHours(1));
        showAsSet(services(settings), settings, 1024, 768);
        awaitScreen(Screen.IDLE);
        clickOn("#lang-de");
        clickOn("#typeNumber");

        assertThat(i18n.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
    }

    @Test
    void aNationalNumberTypedAtScannerSpeedRightAfterAConfirmationRegistersThatNumber() throws Exception {
        assembleOpenedForGent();
        // Every key counts as fast as a scanner: only the form of what arrived can tell a scan from typing.
        showWindow(KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH).withReturnDelay(Duration.ofSeconds(30))
                .withScanKeyGap(Duration.ofMinutes(1)));
        awaitScreen(Screen.IDLE);
        demo.reader().insert("rsa-17");
        awaitScreen(NETWORK_SECONDS, Screen.CONFIRMATION);

        write("90021214541", 0); // the first digit leaves the confirmation for the keypad
        type(KeyCode.ENTER);

        awaitTrue(NETWORK_SECONDS, () -> shows("#name", "**.**.**-***.41"));
        assertThat(text("#employer")).isEqualTo("Employer: Bouwbedrijf Vandenbroucke NV");
        assertThat(todaysAttendance()).extracting(entry -> entry.worker().key())
                .containsExactlyInAnyOrder("I:" + "71715100070", "I:90021214541");
    }

    @Test
    void theForemansListOnTheCleaningSiteShowsWhoIsOnSiteAndFindsThemByDigitsTheScreenHides() throws Exception {
        startKiosk(CLEANING);
        String karima = "82020517652";
        typeNationalNumber(karima);
        awaitTrue(NETWORK_SECONDS, () -> shows("#headline", "Work started"));
        awaitReceipt();
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        clickOn("#attendanceButton");
        awaitScreen(Screen.ATTENDANCE);
        assertThat(text("#todayTab")).isEqualTo("Today · 1");
        assertThat(text("#onSiteTab")).isEqualTo("On site now · 1");
        assertThat(cells()).contains("**.**.**-***.52") // typed: no name, the masked number alone
                .anySatisfy(cell -> assertThat(cell).endsWith("\nTyped number"))
                .anySatisfy(cell -> assertThat(cell).endsWith("\nOn site"))
                .anySatisfy(cell -> assertThat(cell).matches("Receipt \\d+"))
                .noneSatisfy(cell -> assertThat(cell).contains(karima));
        assertThat(text("#status-REGISTERED")).isEqualTo("Registered · 1");
        for (String id : List.of("#closeButton", "#missingTab", "#search", "#status-REGISTERED")) {
            javafx.geometry.Bounds b = lookup(id).query().localToScene(lookup(id).query().getBoundsInLocal());
            assertThat(b.getMaxX()).as("%s fits 1024 px", id).isLessThanOrEqualTo(1024);
            assertThat(b.getHeight()).as("%s is a finger's size", id).isGreaterThanOrEqualTo(60);
        }

        clickOn("#search").write("0517652"); // the hidden part of her number
        awaitTrue(() -> vm.attendance.rows().size() == 1);
        clickOn("#search").write("9");
        awaitTrue(() -> vm.attendance.rows().isEmpty());
        clickOn("#clearSearch");
        awaitTrue(() -> vm.attendance.rows().size() == 1);

        clickOn("#onSiteTab");
        awaitTrue(() -> vm.attendance.tabProperty().get() == be.sitegate.ui.attendance.AttendanceViewModel.Tab.ON_SITE);
        assertThat(vm.attendance.onSiteNow()).extracting(be.sitegate.kiosk.OnSiteNow::maskedNumber)
                .containsExactly("**.**.**-***.52");
        clickOn("#status-all");
        clickOn("#missingTab");
        awaitTrue(() -> shown("#missingTable") && !shown("#table"));
        clickOn("#closeButton");
        awaitScreen(Screen.IDLE);
    }

    private List<String> cells() {
        return lookup(".table-cell").queryAll().stream().filter(javafx.scene.Node::isVisible)
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(java.util.Objects::nonNull).toList();
    }
}
