package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.Inss;
import be.sitegate.kiosk.CardEvents.BadgeProblem;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.I18n;
import be.sitegate.ui.shared.Threads;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HexFormat;
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
 * Not a test: the badge screens of issue 19 (the offer on the confirmation, the consent, "hold your
 * badge", linked, the badge's confirmation, the unknown and the random-UID badge, the site manager's
 * list) saved as PNG files next to {@link ScreenshotTour}'s, numbered 30 and up. Runs only when asked,
 * like the tour: {@code xvfb-run -a -s "-screen 0 1024x768x24" mvn -o test -Dtest=BadgeScreenshotTour
 * -Dsitegate.screenshots=docs/screens -Dsitegate.screen=1024x768}
 */
@EnabledIfSystemProperty(named = "sitegate.screenshots", matches = ".+")
class BadgeScreenshotTour {

    private static final BadgeUid BADGE = BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6"));
    private static final Inss JAN = Inss.parse("71451201771");

    private KioskViewModel vm;
    private Scene scene;
    private Path out;

    @Test
    void walkThroughTheBadgeScreens() throws Exception {
        String[] size = System.getProperty("sitegate.screen", "1024x768").split("x");
        int width = Integer.parseInt(size[0]);
        int height = Integer.parseInt(size[1]);
        Path root = Path.of(System.getProperty("sitegate.screenshots")).resolve(width + "x" + height);
        FxToolkit.registerPrimaryStage();
        for (String language : System.getProperty("sitegate.languages", "nl,pl").split(",")) {
            out = root.resolve(language);
            Files.createDirectories(out);
            tour(Locale.forLanguageTag(language), width, height);
        }
    }

    private void tour(Locale locale, int width, int height) throws Exception {
        KioskHarness h = new KioskHarness(KioskSettings.defaults().withDefaultLocale(locale));
        h.central.employs(JAN, ROOFER);
        var gate = new be.sitegate.kiosk.PinGate(new be.sitegate.testkit.InMemoryPins(),
                be.sitegate.testkit.InMemoryPins.FAST_HASHER, Optional.empty(), java.time.Clock.systemUTC());
        gate.set(be.sitegate.domain.Pin.of("482913"));
        ManualCountdown countdown = new ManualCountdown();
        FxToolkit.setupStage(stage -> {
            I18n i18n = new I18n(locale);
            vm = new KioskViewModel(h.services.withPin(gate).withAdmin(new AdminTools(() -> { }, () -> { },
                    Optional.empty(), Path.of("/media/sitegate/STICK"))), new Threads(Platform::runLater, Runnable::run),
                    countdown, i18n);
            KioskWindow window = new KioskWindow(vm, i18n, h.services.settings().withWindowed(true));
            scene = window.attach(stage, width, height);
            stage.setX(0);
            stage.setY(0);
            stage.show();
        });
        h.open(Fixtures.CIAW_SITE);
        fx(() -> vm.flow.toIdle());
        byte[] photo = silhouette();
        h.card.insertAndRead(new CardIdentity(JAN, "Bogdan", "Kowalczyk", LocalDate.of(2031, 1, 1),
                Authenticity.AUTHENTIC, () -> Optional.of(photo), be.sitegate.domain.DocumentType.BELGIAN_EID,
                be.sitegate.domain.ChipProof.PROVEN));
        shot("30-confirmation-offers-link-a-badge");
        fx(() -> vm.confirmation.onLinkBadge());
        fx(() -> vm.badgeConsent().orElseThrow().keepPhotoProperty().set(true));
        shot("31-badge-consent");
        fx(() -> vm.badgeConsent().orElseThrow().onAgree());
        shot("32-badge-hold");
        h.card.badge(BADGE);
        shot("33-badge-linked");
        fx(() -> vm.flow.toIdle());
        h.card.badge(BADGE);
        shot("34-badge-confirmation");
        fx(() -> vm.flow.toIdle());
        h.card.badge(BadgeUid.of(HexFormat.of().parseHex("5a6b7c8d")));
        shot("35-badge-unknown");
        h.card.badgeRefused(BadgeProblem.RANDOM_UID);
        shot("36-badge-random-uid");
        h.badgeLinks.link(Fixtures.CIAW_SITE, BadgeUid.of(HexFormat.of().parseHex("5a6b7c8d")),
                Fixtures.OTHER_WORKER, "Ioana Popescu", Optional.empty(), h.clock.instant().minus(Duration.ofDays(3)),
                h.clock.instant().plus(Duration.ofDays(87)));
        fx(() -> vm.flow.toIdle());
        fx(() -> vm.idle.onAdmin());
        fx(() -> {
            var door = vm.pin.orElseThrow();
            "482913".chars().forEach(c -> door.onDigit((char) c));
            door.onOk();
        });
        fx(() -> vm.admin.onBadges());
        fx(() -> vm.badgeLinks.orElseThrow().onRevoke(vm.badgeLinks.orElseThrow().rows().get(0)));
        shot("37-site-manager-badge-links");
        fx(() -> vm.badgeLinks.orElseThrow().onRevokeConfirmed());
        shot("38-site-manager-badge-revoked");
        FxToolkit.setupFixture(() -> scene.getWindow().hide());
    }

    private static byte[] silhouette() throws Exception {
        BufferedImage img = new BufferedImage(140, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xE8, 0xEC, 0xF2));
        g.fillRect(0, 0, 140, 200);
        g.setColor(new Color(0x7A, 0x86, 0x99));
        g.fillOval(40, 30, 60, 72);
        g.fillRoundRect(15, 110, 110, 120, 60, 60);
        g.dispose();
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            ImageIO.write(img, "jpg", bytes);
            return bytes.toByteArray();
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

    private void shot(String name) throws Exception {
        settle();
        AtomicReference<WritableImage> image = new AtomicReference<>();
        FxToolkit.setupFixture(() -> image.set(scene.snapshot(null)));
        WritableImage fx = image.get();
        int w = (int) fx.getWidth();
        int h = (int) fx.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        PixelReader reader = fx.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        ImageIO.write(png, "png", out.resolve(name + ".png").toFile());
    }
}
