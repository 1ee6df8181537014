package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;

import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Threads;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Not a test: walks the kiosk through every screen on fakes and saves a PNG of each, per language
 * and screen size. Runs only when asked, see docs/screens/README.md:
 * {@code xvfb-run -a -s "-screen 0 1920x1080x24" mvn -o test -Dtest=ScreenshotTour
 * -Dsitegate.screenshots=docs/screens -Dsitegate.screen=1920x1080}
 */
@EnabledIfSystemProperty(named = "sitegate.screenshots", matches = ".+")
class ScreenshotTour {

    private static final List<String> LANGUAGES = List.of(
            System.getProperty("sitegate.languages", "nl,pl,en,fr").split(","));

    private KioskHarness h;
    private KioskViewModel vm;
    private KioskWindow window;
    private I18n i18n;
    private Scene scene;
    private Path out;
    private final List<String> written = new ArrayList<>();

    @Test
    void walkThroughEveryScreen() throws Exception {
        String[] size = System.getProperty("sitegate.screen", "1024x768").split("x");
        int width = Integer.parseInt(size[0]);
        int height = Integer.parseInt(size[1]);
        Path root = Path.of(System.getProperty("sitegate.screenshots")).resolve(width + "x" + height);
        FxToolkit.registerPrimaryStage();
        for (String language : LANGUAGES) {
            out = root.resolve(language);
            Files.createDirectories(out);
            tour(Locale.forLanguageTag(language), width, height);
        }
        System.out.println("screenshots: " + written);
    }

    private void tour(Locale locale, int width, int height) throws Exception {
        h = new KioskHarness(KioskSettings.defaults().withDefaultLocale(locale));
        h.central.employs(FakeCard.SPECIMEN, ROOFER);
        h.central.employs(Fixtures.OTHER_WORKER, Fixtures.ELECTRICIAN);
        h.central.knows(ScreenshotTourData.bigDeclaration());
        ManualCountdown countdown = new ManualCountdown(); // screens stay until the next shot
        FxToolkit.setupStage(stage -> {
            i18n = new I18n(locale);
            vm = new KioskViewModel(h.services.withPin(pinGate()).withCorrections(corrections()).withAdmin(adminTools()),
                    new Threads(Platform::runLater, Runnable::run), countdown, i18n);
            window = new KioskWindow(vm, i18n, h.services.settings().withWindowed(true));
            scene = window.attach(stage, width, height);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        settle();

        // Initialisation: empty form, a refusal, the summary.
        shot("01-initialisation");
        fx(() -> vm.initialisation.onSubmit(new char[0]));
        shot("01b-initialisation-every-empty-field-named");
        fx(() -> {
            vm.initialisation.usernameProperty().set("foreman");
            vm.initialisation.workplaceProperty().set("1Y101DRUNWB5Z");
            vm.initialisation.onSubmit("wrong".toCharArray());
        });
        shot("02-initialisation-refused");
        fx(() -> vm.initialisation.onSubmit("secret".toCharArray()));
        shot("03-initialisation-summary");
        offlineSummary();
        fx(() -> vm.initialisation.onStart());

        shot("05-idle");
        fx(() -> vm.idle.onSiteManager());
        fx(() -> "48291".chars().forEach(c -> vm.pin.orElseThrow().onDigit((char) c)));
        shot("05a-pin-door");
        enterPin();
        shot("05b-site-manager");
        fx(() -> vm.initialisation.onBack());
        fx(() -> vm.idle.onAdmin());
        enterPin();
        shot("05c-administration");
        fx(() -> vm.admin.onBack());
        h.card.insert();
        shot("06-reading");
        h.card.read(withPhoto(FakeCard.specimen()));
        shot("07-confirmation-saved");
        fx(() -> h.presences.accept(h.presences.lastRegistration().reference(), "123456789012"));
        shot("08-confirmation-receipt");
        h.card.insertAndRead(withPhoto(FakeCard.specimen()));
        shot("09-already-registered");
        h.card.insertAndRead(withPhoto(FakeCard.identity(Fixtures.OTHER_WORKER, "Ioana Maria", "Popescu-Constantinescu",
                Authenticity.EXPIRED)));
        shot("10-confirmation-expired-card");
        // Issue 13's outcomes: registered but flagged by the service (amber), and refused (red).
        Inss bogdan = Inss.parse("71451201771");
        h.central.employs(bogdan, ROOFER);
        h.card.insertAndRead(withPhoto(FakeCard.identity(bogdan, "Bogdan", "Kowalczyk", Authenticity.AUTHENTIC)));
        fx(() -> h.presences.acceptWithRemarks(h.presences.lastRegistration().reference(), "123456789013",
                "RELATED DIMONA NOT OK"));
        shot("10b-confirmation-flagged-by-the-service");
        Inss maria = ((WorkerId.National) Fixtures.worker(7)).inss();
        h.central.employs(maria, Fixtures.ELECTRICIAN);
        h.card.insertAndRead(withPhoto(FakeCard.identity(maria, "Maria", "Santos", Authenticity.AUTHENTIC)));
        fx(() -> h.presences.reject(h.presences.lastRegistration().reference(), "COMPANY ID IS NOT VALID"));
        shot("10c-confirmation-refused-not-registered");
        h.card.insert();
        h.card.pulled();
        shot("11-message-card-removed");
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.NOT_AUTHENTIC));
        shot("12-message-not-authentic");
        h.card.insertAndRead(FakeCard.kidsCard());
        shot("12b-message-kids-card");
        h.card.insert();
        h.card.unreadable();
        shot("13-message-unreadable");

        fx(() -> vm.idle.onTypeNumber());
        fx(() -> "85073003327".chars().forEach(c -> vm.entry.onDigit((char) c)));
        fx(() -> vm.entry.onSubmit());
        shot("14-typed-entry-wrong-check-digits");
        fx(() -> vm.entry.onSwitchKind());
        fx(() -> "1234567890123".chars().forEach(c -> vm.entry.onDigit((char) c)));
        shot("15-typed-entry-limosa");
        fx(() -> vm.entry.onClear());
        shot("15b-typed-entry-limosa-empty-mask");
        fx(() -> "23456789012345678".chars().forEach(c -> vm.entry.onDigit((char) c)));
        fx(() -> vm.entry.onSubmit());
        fx(() -> h.presences.acceptNamingEmployer(h.presences.lastRegistration().reference(), "123456789013",
                Fixtures.ROOFER.enterpriseNumber()));
        shot("15c-confirmation-limosa-employer-named-by-the-service");
        fx(() -> vm.confirmation.onOk());
        fx(() -> vm.input.onScan("https://example.org/not-a-limosa-code"));
        shot("16-message-unreadable-scan");

        h.central.setOnline(false);
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        shot("17-employer-choice");
        fx(() -> vm.input.onEscapeKey());
        reopen(ScreenshotTourData.bigDeclaration().workplace().id());
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        shot("18-employer-choice-many-with-search");
        fx(() -> vm.input.onEscapeKey());

        h.central.setOnline(true);
        h.central.employs(WORKER, ROOFER);
        reopen(Fixtures.CIAOW_SITE);
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        shot("19-check-in");
        h.card.insertAndRead(FakeCard.identity(WORKER, "Jan", "Peeters", Authenticity.AUTHENTIC));
        shot("20-break-or-end");
        fx(() -> vm.breakOrEnd.onBreak());
        shot("21-break-started");
        fx(() -> vm.input.onEscapeKey());
        h.sync.set(false, 7);
        shot("22-idle-offline-with-queue");
        h.sync.set(new be.sitegate.kiosk.SyncStatusSource.SyncStatus(
                be.sitegate.kiosk.SyncStatusSource.Connection.REFUSING, 12,
                java.util.Optional.of(be.sitegate.kiosk.fake.FakeSyncStatus.SINCE), 2,
                java.util.Optional.of(be.sitegate.kiosk.fake.FakeSyncStatus.SINCE), java.util.Optional.of("OUTAGE")));
        shot("22b-idle-service-refusing-two-to-check");
        h.sync.set(new be.sitegate.kiosk.SyncStatusSource.SyncStatus(
                be.sitegate.kiosk.SyncStatusSource.Connection.NOT_ACCEPTED, 12,
                java.util.Optional.of(be.sitegate.kiosk.fake.FakeSyncStatus.SINCE), 0,
                java.util.Optional.of(be.sitegate.kiosk.fake.FakeSyncStatus.SINCE),
                java.util.Optional.of("CLIENT_REFUSED")));
        shot("22c-idle-sending-stopped-certificate-refused");
        h.sync.set(false, 7);
        reopen(Fixtures.CIAW_SITE);
        fx(() -> vm.idle.onShowAttendance());
        enterPin();
        shot("23-foreman-list");
        correctionsTour();


        // A cleaning site at noon: one line per person with the shift, then who is on site, then who is missing.
        fx(() -> vm.attendance.onClose());
        h.clock.advance(Duration.ofHours(5));
        reopen(Fixtures.CIAOW_SITE);
        ScreenshotTourData.cleaningDay(h.presences, h.session.today(), h.session.zone());
        h.presences.missing.addAll(ScreenshotTourData.missing(h.session.today()));
        fx(() -> vm.idle.onShowAttendance());
        enterPin();
        shot("24-foreman-list-check-in-out");
        fx(() -> vm.attendance.onTab(be.sitegate.ui.attendance.AttendanceViewModel.Tab.ON_SITE));
        shot("25-foreman-on-site-now");
        fx(() -> vm.attendance.onTab(be.sitegate.ui.attendance.AttendanceViewModel.Tab.MISSING));
        shot("26-foreman-not-yet-today");
        fx(() -> vm.attendance.onTab(be.sitegate.ui.attendance.AttendanceViewModel.Tab.TODAY));
        fx(() -> vm.attendance.searchProperty().set("ioana"));
        shot("27-foreman-list-searched");
        configurationErrorShot(width, height);
        FxToolkit.setupFixture(() -> window.close());
    }

    /**
     * The administration's tools on the fakes, so its screen shows what a kiosk's does: send now,
     * exports for a period (written at once), the poster, the exit, and a night's error history.
     */
    private be.sitegate.ui.AdminTools adminTools() {
        java.nio.file.Path stick = java.nio.file.Path.of("/media/sitegate/STICK");
        be.sitegate.kiosk.ReportWriter reports = (folder, kind, period, language, progress) -> {
            var done = java.util.concurrent.CompletableFuture.<be.sitegate.kiosk.ReportWriter.Result>completedFuture(
                    new be.sitegate.kiosk.ReportWriter.Result.Written(folder.resolve("aanwezigheid.pdf")));
            return new be.sitegate.kiosk.ReportWriter.Running() {
                @Override
                public java.util.concurrent.CompletableFuture<be.sitegate.kiosk.ReportWriter.Result> result() {
                    return done;
                }

                @Override
                public void cancel() {
                }
            };
        };
        var errors = new be.sitegate.kiosk.ErrorHistory(h.clock);
        errors.record(be.sitegate.kiosk.ErrorHistory.Source.DELIVERY, "TIMEOUT");
        errors.record(be.sitegate.kiosk.ErrorHistory.Source.DELIVERY, "OUTAGE");
        be.sitegate.kiosk.EvacuationList printer = (people, language) -> java.util.concurrent.CompletableFuture
                .completedFuture(new be.sitegate.kiosk.EvacuationList.Result.Printed());
        return new be.sitegate.ui.AdminTools(() -> { }, () -> { }, Optional.of(reports), stick).withErrors(errors)
                .withEvacuationList(printer);
    }

    /** The foreman's corrections (issue 14) on the fakes: the service withdraws what it holds. */
    private be.sitegate.kiosk.Corrections corrections() {
        var outbox = new be.sitegate.kiosk.fake.InMemoryDeliveryControl(h.presences);
        return new be.sitegate.kiosk.Corrections(h.session, h.central, outbox, h.services.registration(),
                new be.sitegate.kiosk.fake.InMemoryCorrectionLog(), h.clock);
    }

    /** From the list: withdraw Alice's registration with a reason, send Maria's refused one again, register on behalf. */
    private void correctionsTour() throws Exception {
        h.central.setOnline(true); // the service answers the withdrawal, though the bar still says offline
        var alice = h.presences.registrations.stream().filter(r -> r.delivery().receiptNumber().isPresent())
                .findFirst().orElseThrow();
        h.central.holds(new be.sitegate.kiosk.Receipt(alice.delivery().receiptNumber().orElseThrow(),
                Optional.of(alice.reference()), be.sitegate.kiosk.Receipt.Status.REGISTERED, List.of()));
        fx(() -> vm.attendance.onChoose(row(alice.displayName().orElseThrow())));
        shot("23a-corrections-withdraw");
        fx(() -> vm.corrections.orElseThrow().onWithdraw());
        shot("23b-corrections-reason");
        fx(() -> vm.corrections.orElseThrow().onReason(be.sitegate.kiosk.CancelReason.HOLIDAY));
        shot("23c-corrections-confirm");
        fx(() -> vm.corrections.orElseThrow().onConfirm());
        shot("23d-corrections-withdrawn");
        fx(() -> vm.corrections.orElseThrow().onBack());
        var refused = h.presences.registrations.stream()
                .filter(r -> r.delivery().status() == be.sitegate.domain.DeliveryStatus.REJECTED).findFirst().orElseThrow();
        fx(() -> vm.attendance.onChoose(row(refused.displayName().orElseThrow())));
        shot("23e-corrections-send-again");
        fx(() -> vm.corrections.orElseThrow().onResend());
        shot("23f-corrections-another-employer");
        fx(() -> vm.correctionEmployer.orElseThrow().onChoose(Fixtures.ELECTRICIAN));
        shot("23g-corrections-sent-again");
        fx(() -> vm.corrections.orElseThrow().onBack());
        shot("23h-foreman-list-corrected");
        fx(() -> vm.attendance.onRegisterOnBehalf());
        shot("23i-on-behalf-keypad");
        fx(() -> "90021214541".chars().forEach(c -> vm.onBehalfEntry.onDigit((char) c)));
        fx(() -> vm.onBehalfEntry.onSubmit());
        shot("23j-on-behalf-employer");
        fx(() -> vm.correctionEmployer.orElseThrow().onChoose(Fixtures.ROOFER));
        shot("23k-on-behalf-registered");
        fx(() -> vm.corrections.orElseThrow().onBack());
    }

    private be.sitegate.ui.attendance.AttendanceViewModel.Row row(String name) {
        return vm.attendance.rows().stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** The foreman's screens are behind the PIN, as on a real kiosk. */
    private static be.sitegate.kiosk.PinGate pinGate() {
        var gate = new be.sitegate.kiosk.PinGate(new be.sitegate.testkit.InMemoryPins(),
                be.sitegate.testkit.InMemoryPins.FAST_HASHER, java.util.Optional.empty(), java.time.Clock.systemUTC());
        gate.set(be.sitegate.domain.Pin.of(TOUR_PIN));
        return gate;
    }

    private static final String TOUR_PIN = "482913";

    private void enterPin() throws Exception {
        fx(() -> {
            var door = vm.pin.orElseThrow();
            while (!door.dotsProperty().get().isEmpty()) {
                door.onBackspace();
            }
            TOUR_PIN.chars().forEach(c -> door.onDigit((char) c));
            door.onOk();
        });
    }

    /** Yesterday's details reused while the central service is out of reach. */
    private void offlineSummary() throws Exception {
        h.clock.advance(Duration.ofDays(1));
        h.session.end();
        h.central.setOnline(false);
        fx(() -> {
            vm.initialisation.reset();
            vm.onTick();
            vm.initialisation.onSubmit("secret".toCharArray());
        });
        shot("04a-initialisation-offline-offer");
        fx(() -> vm.initialisation.onUseCache());
        shot("04b-initialisation-summary-from-cache");
        h.central.setOnline(true);
    }

    private void reopen(be.sitegate.domain.WorkplaceId workplace) throws Exception {
        boolean online = true;
        h.central.setOnline(true);
        h.open(workplace);
        h.central.setOnline(online && workplace.equals(Fixtures.CIAOW_SITE));
        fx(() -> vm.onTick());
    }

    /** A drawn stand-in for the card photo (the specimen cards' photos are not ours to publish). */
    private static CardIdentity withPhoto(CardIdentity card) {
        byte[] jpeg = silhouette();
        return new CardIdentity(card.inss(), card.firstNames(), card.lastName(), card.validUntil(),
                card.authenticity(), () -> Optional.of(jpeg), card.documentType(), card.chipProof());
    }

    private static byte[] silhouette() {
        BufferedImage img = new BufferedImage(140, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0xE8, 0xEC, 0xF2));
        g.fillRect(0, 0, 140, 200);
        g.setColor(new Color(0x7A, 0x86, 0x99));
        g.fillOval(40, 30, 60, 72);
        g.fillRoundRect(15, 110, 110, 120, 60, 60);
        g.setStroke(new BasicStroke(2));
        g.dispose();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(img, "jpg", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void fx(Runnable action) throws Exception {
        FxToolkit.setupFixture(action);
        settle();
    }

    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(250); // let layout, CSS and image decoding finish before the snapshot
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The screen a kiosk shows instead of starting on a bad configuration (issue 16.3), same size. */
    private void configurationErrorShot(int width, int height) throws Exception {
        Scene kiosk = scene;
        FxToolkit.setupFixture(() -> scene = new Scene(new be.sitegate.ui.configerror.ConfigErrorView(
                new be.sitegate.ui.configerror.ConfigProblem("kiosk.language",
                        "'fr-BE' is not in kiosk.languages [nl, fr, de, en]",
                        java.nio.file.Path.of("/etc/sitegate/sitegate.properties"))), width, height));
        shot("28-configuration-error");
        scene = kiosk;
    }

    private void shot(String name) throws Exception {
        settle();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        FxToolkit.setupFixture(() -> image.set(scene.snapshot(null)));
        BufferedImage png = toBufferedImage(image.get());
        Path file = out.resolve(name + ".png");
        ImageIO.write(png, "png", file.toFile());
        written.add(file.toString());
    }

    /** No SwingFXUtils here (javafx-swing is not a dependency): copy the pixels by hand. */
    private static BufferedImage toBufferedImage(WritableImage fx) {
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return img;
    }

}
