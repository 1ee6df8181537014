package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ELECTRICIAN;
import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.IdentificationMethod;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.StorageFailedException;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Language;
import java.time.Duration;
import java.util.Locale;
import java.util.ResourceBundle;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Every worker path through the real window, at 1024x768, on fakes. */
class WorkerScreensTest extends KioskUiTestBase {

    private static final CardIdentity JAN = FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC);

    private void openConstruction() throws Exception {
        launch(h -> {
            h.central.employs(WORKER, ROOFER);
            h.central.employs(FakeCard.SPECIMEN, ROOFER);
            h.open(Fixtures.CIAW_SITE);
        });
        awaitScreen(Screen.IDLE);
    }

    @Test
    void eidCardThenReceiptThenBackToIdleByItself() throws Exception {
        launch(KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH).withReturnDelay(Duration.ofSeconds(3)), h -> {
            h.central.employs(FakeCard.SPECIMEN, ROOFER);
            h.open(Fixtures.CIAW_SITE);
        });
        awaitScreen(Screen.IDLE);
        h.card.insert();
        awaitScreen(Screen.READING);
        assertThat(text("#headline")).isEqualTo("Reading your card…");
        h.card.read(FakeCard.specimen());

        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#headline")).isEqualTo("You are registered");
        assertThat(text("#name")).isEqualTo("Alice Specimen");
        assertThat(text("#employer")).isEqualTo("Employer: " + ROOFER.name());
        assertThat(text("#time")).isEqualTo("Time: 07:12");
        assertThat(text("#status")).isEqualTo("Saved on this kiosk. Sending…");

        h.presences.accept(h.presences.lastRegistration().reference(), "123456789012");
        awaitTrue(() -> text("#status").equals("Confirmed. Receipt no. 123456789012"));

        awaitScreen(Screen.IDLE); // after the 3 s countdown, with nobody touching anything
    }

    @Test
    void aPulledCardAsksToInsertItAgain() throws Exception {
        openConstruction();
        h.card.insert();
        h.card.pulled();
        awaitScreen(Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("Card removed too soon");
        assertThat(text("#detail")).isEqualTo("Insert your card again and leave it in.");
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);
    }

    @Test
    void aForgedCardIsRefused() throws Exception {
        openConstruction();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.NOT_AUTHENTIC));
        awaitScreen(Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("This card cannot be used");
        assertThat(h.presences.registrations).isEmpty();
    }

    @Test
    void anExpiredCardIsRegisteredWithAVisibleNotice() throws Exception {
        openConstruction();
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.EXPIRED));
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#headline")).isEqualTo("You are registered");
        assertThat(text("#notice")).isEqualTo("Your card has expired. You are registered, but renew your card.");
        assertThat(h.presences.registrations).hasSize(1);
    }

    @Test
    void aTypedNumberWithWrongCheckDigitsShowsWhyThenAGoodOneRegisters() throws Exception {
        openConstruction();
        clickOn("#typeNumber");
        awaitScreen(Screen.TYPED_ENTRY);
        assertThat(text("#title")).isEqualTo("Type your national number");
        keypad("85073003327");
        assertThat(text("#display")).isEqualTo("85.07.30-033.27");
        clickOn("#okButton");
        awaitTrue(() -> shown("#error"));
        assertThat(text("#error")).isEqualTo("The last two digits do not match. Check the number.");

        clickOn("#keyBack");
        keypad("8");
        assertThat(shown("#error")).isFalse();
        clickOn("#okButton");
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#name")).isEqualTo("**.**.**-***.28");
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.TYPED_NATIONAL_NUMBER);
    }

    @Test
    void thePhysicalKeyboardWorksToo() throws Exception {
        openConstruction();
        write("85073003328", 120); // a person, not a scanner
        awaitScreen(Screen.TYPED_ENTRY);
        awaitTrue(() -> text("#display").equals("85.07.30-033.28"));
        type(KeyCode.ENTER);
        awaitScreen(Screen.CONFIRMATION);
    }

    @Test
    void aLimosaWorkerSwitchesNumberKind() throws Exception {
        openConstruction();
        clickOn("#typeNumber");
        awaitScreen(Screen.TYPED_ENTRY);
        clickOn("#switchKind");
        awaitTrue(() -> text("#title").equals("Type your Limosa number"));
        assertThat(text("#switchKind")).isEqualTo("I have a Belgian number");
        keypad("12345678901234567");
        assertThat(text("#display")).isEqualTo("1234 5678 9012 3456 7");
        clickOn("#okButton");
        awaitScreen(Screen.CONFIRMATION);
        // What is known of the employer: the one on the Limosa declaration.
        assertThat(text("#employer")).isEqualTo("Employer: as on your Limosa declaration");
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.TYPED_LIMOSA);
    }

    @Test
    void aScannedLimosaQrCodeRegistersAtOnce() throws Exception {
        launch(KioskSettings.defaults().withReturnDelay(Duration.ofSeconds(30)).withDefaultLocale(Locale.ENGLISH)
                        .withScanKeyGap(Duration.ofMillis(400)),
                h -> h.open(Fixtures.CIAW_SITE));
        awaitScreen(Screen.IDLE);
        write("https://www.limosa.be/l1?limosaId=12345678901234567&name=Kowalski", 0);
        type(KeyCode.ENTER);
        awaitScreen(Screen.CONFIRMATION);
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.SCANNED_LIMOSA_QR);
        assertThat(text("#name")).isEqualTo("1234 5678 9012 3456 7");
    }

    @Test
    void theEmployerChosenOnceIsRemembered() throws Exception {
        launch(h -> {
            h.open(Fixtures.CIAW_SITE);
            h.central.setOnline(false);
        });
        awaitScreen(Screen.IDLE);
        h.card.insertAndRead(JAN);
        awaitScreen(Screen.EMPLOYER_CHOICE);
        assertThat(text("#headline")).isEqualTo("Who do you work for today?");
        assertThat(shown("#search")).isFalse();
        clickOn("#company-" + ELECTRICIAN.enterpriseNumber());
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#employer")).isEqualTo("Employer: " + ELECTRICIAN.name());

        clickOn("#okButton");
        awaitScreen(Screen.IDLE);
        h.presences.registrations.clear(); // as if it were the next day
        h.card.insertAndRead(JAN);
        awaitScreen(Screen.CONFIRMATION);
        assertThat(text("#employer")).isEqualTo("Employer: " + ELECTRICIAN.name());
    }

    @Test
    void aSecondTapTheSameDaySaysAlreadyRegisteredWithTheReceipt() throws Exception {
        openConstruction();
        h.card.insertAndRead(JAN);
        awaitScreen(Screen.CONFIRMATION);
        h.presences.accept(h.presences.lastRegistration().reference(), "555666777");
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);
        h.clock.advance(Duration.ofHours(2));

        h.card.insertAndRead(JAN);
        awaitTrue(() -> vm.flow.screen() == Screen.CONFIRMATION && text("#headline").equals("Already registered today"));
        assertThat(text("#time")).isEqualTo("Registered today at 07:12");
        assertThat(text("#status")).isEqualTo("Confirmed. Receipt no. 555666777");
    }

    @Test
    void checkInAndOutGoesInBreakInEnd() throws Exception {
        launch(h -> {
            h.central.employs(WORKER, ROOFER);
            h.open(Fixtures.CIAOW_SITE);
        });
        awaitScreen(Screen.IDLE);

        h.card.insertAndRead(JAN);
        awaitTrue(() -> vm.flow.screen() == Screen.CONFIRMATION && text("#headline").equals("Work started"));
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        h.card.insertAndRead(JAN);
        awaitScreen(Screen.BREAK_OR_END);
        assertThat(text("#name")).isEqualTo("Jan Peeters");
        clickOn("#breakButton");
        awaitTrue(() -> vm.flow.screen() == Screen.CONFIRMATION && text("#headline").equals("Break started"));
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        h.card.insertAndRead(JAN);
        awaitTrue(() -> vm.flow.screen() == Screen.CONFIRMATION && text("#headline").equals("Work started"));
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        h.card.insertAndRead(JAN);
        awaitScreen(Screen.BREAK_OR_END);
        clickOn("#endButton");
        awaitTrue(() -> vm.flow.screen() == Screen.CONFIRMATION && text("#headline").equals("Work ended. Goodbye!"));
        assertThat(h.presences.events).hasSize(4);
    }

    @Test
    void aNewCardInterruptsTheConfirmation() throws Exception {
        openConstruction();
        h.card.insertAndRead(JAN);
        awaitScreen(Screen.CONFIRMATION);
        h.card.insert();
        awaitScreen(Screen.READING);
        h.card.read(FakeCard.specimen());
        awaitTrue(() -> vm.flow.screen() == Screen.CONFIRMATION && text("#name").equals("Alice Specimen"));
    }

    @Test
    void theLanguageButtonsChangeEveryText() throws Exception {
        openConstruction();
        assertThat(text("#headline")).isEqualTo("Insert your eID card");
        clickOn("#lang-pl");
        awaitTrue(() -> text("#headline").equals("Włóż swoją kartę eID"));
        assertThat(text("#typeNumber")).isEqualTo("Wpisz numer");
        assertThat(text("#connection")).isEqualTo("Online");
        assertThat(text("#reader")).isEqualTo("Czytnik kart gotowy");

        clickOn("#typeNumber");
        awaitScreen(Screen.TYPED_ENTRY);
        assertThat(text("#title")).isEqualTo("Wpisz swój belgijski numer krajowy");
        clickOn("#cancelButton");
        awaitScreen(Screen.IDLE);

        clickOn("#lang-nl");
        awaitTrue(() -> text("#headline").equals("Steek uw eID-kaart in"));

        // Every language, from its button on the row or, for those that do not fit at 1024x768, from
        // the "more" picker, turns every text of the idle screen and the status bar into it, and every
        // button keeps its language's own name.
        int throughThePicker = 0;
        for (Language language : Language.ALL) {
            if (!choose(language)) {
                throughThePicker++;
            }
            ResourceBundle texts = I18n.bundle(language.locale());
            awaitTrue(() -> shows("#headline", texts.getString("idle.headline")));
            assertThat(i18n.locale()).isEqualTo(language.locale());
            for (String[] idAndKey : new String[][] {{"#typeNumber", "idle.type"}, {"#typeLimosa", "idle.limosa"},
                    {"#limosaScan", "idle.limosaScan"}, {"#siteManagerButton", "idle.siteManager"},
                    {"#attendanceButton", "idle.attendance"}, {"#connection", "status.online"},
                    {"#reader", "status.reader.READY"}, {"#lang-more", "lang.more"}}) {
                assertThat(text(idAndKey[0])).as("%s in %s", idAndKey[0], language.code())
                        .isEqualTo(texts.getString(idAndKey[1]));
            }
            for (Language other : Language.ALL) {
                Labeled button = lookup("#lang-" + other.code()).query();
                assertThat(button.getText()).as("%s's button in %s", other.code(), language.code())
                        .isEqualTo(other.ownName());
            }
        }
        assertThat(throughThePicker).as("at 1024x768 some languages are in the picker").isPositive();
        choose(Language.ALL.get(0));
        awaitTrue(() -> shows("#headline", "Steek uw eID-kaart in"));
    }

    /**
     * Taps a language's button on the row, or "more" and then the language in the picker when it is
     * not on the row; true when it was on the row.
     */
    private boolean choose(Language language) {
        if (shown("#lang-" + language.code())) {
            clickOn("#lang-" + language.code());
            return true;
        }
        clickOn("#lang-more");
        awaitTrue(() -> shown("#pick-" + language.code()));
        assertThat(text("#pick-" + language.code())).isEqualTo(language.ownName());
        clickOn("#pick-" + language.code());
        awaitTrue(() -> !shown("#language-picker"));
        return false;
    }

    @Test
    void aStoreThatCannotSaveTurnsTheBarRedAndTheWorkerReadsTheyAreNotRegistered() throws Exception {
        openConstruction();
        h.sync.set(false, 4);
        awaitTrue(() -> text("#queue").equals("4 waiting since 07:00"));

        h.storage.failed(StorageFailedException.Reason.FULL);
        awaitTrue(() -> shows("#storage", "Cannot save registrations: disk full. Free up disk space: it resumes by itself"));
        assertThat(lookup("#storage").query().getStyleClass()).contains("status-failing");
        assertThat(onScreen("#connection")).as("no 'saved on this kiosk' while nothing can be saved").isFalse();
        assertThat(onScreen("#queue")).isFalse();

        h.presences.failWith(new StorageFailedException(StorageFailedException.Reason.FULL, "disk full", null));
        h.card.insertAndRead(JAN);
        awaitScreen(Screen.MESSAGE);
        assertThat(text("#headline")).isEqualTo("You are NOT registered");
        assertThat(text("#detail")).isEqualTo("This kiosk cannot save registrations right now. Tell the site manager.");

        h.presences.works();
        h.storage.stored();
        awaitTrue(() -> !shown("#storage"));
        assertThat(onScreen("#connection")).isTrue();
        assertThat(text("#connection")).isEqualTo("Offline");
        assertThat(text("#queue")).isEqualTo("4 waiting since 07:00");
    }

    /** Visible with all its parents: a label inside a hidden group is not on screen. */
    private boolean onScreen(String query) {
        javafx.scene.Node node = lookup(query).query();
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void theStatusBarShowsConnectionAndQueue() throws Exception {
        openConstruction();
        h.sync.set(false, 4);
        awaitTrue(() -> text("#queue").equals("4 waiting since 07:00"));
        assertThat(text("#connection")).isEqualTo("Offline");
        assertThat(lookup("#connection").query().getStyleClass()).contains("status-bad");
    }

    @Test
    void theForemanReachesTodaysListFromTheIdleScreen() throws Exception {
        openConstruction();
        h.card.insertAndRead(JAN);
        awaitScreen(Screen.CONFIRMATION);
        h.presences.accept(h.presences.lastRegistration().reference(), "424242");
        clickOn("#okButton");
        awaitScreen(Screen.IDLE);

        clickOn("#attendanceButton");
        awaitScreen(Screen.ATTENDANCE);
        assertThat(text("#summary")).isEqualTo("People registered: 1");
        assertThat(lookup(".table-cell").queryAll()).extracting(n -> ((javafx.scene.control.Labeled) n).getText())
                // Two lines a cell: the name over the masked number, the employer over how the person identified.
                .contains("Jan Peeters\n**.**.**-***.28", ROOFER.name() + "\neID, data only", "Receipt 424242")
                .doesNotContain(WORKER.toString(), WORKER.formatted())
                .noneSatisfy(cell -> assertThat(cell).contains(WORKER.toString()))
                .noneSatisfy(cell -> assertThat(cell).contains(WORKER.formatted()));
        clickOn("#closeButton");
        awaitScreen(Screen.IDLE);
    }

    @Test
    void manyCompaniesCanBeNarrowedByFirstLetterWithGloves() throws Exception {
        launch(h -> {
            h.central.knows(ScreenshotTourData.bigDeclaration());
            h.open(ScreenshotTourData.bigDeclaration().workplace().id());
            h.central.setOnline(false);
        });
        awaitScreen(Screen.IDLE);
        h.card.insertAndRead(JAN);
        awaitScreen(Screen.EMPLOYER_CHOICE);
        assertThat(shown("#search")).isTrue();
        clickOn("#initial-S");
        awaitTrue(() -> lookup(".company-button").queryAll().size() == 3);
        clickOn("#initial-all");
        awaitTrue(() -> lookup(".company-button").queryAll().size() == 10);
    }
}
