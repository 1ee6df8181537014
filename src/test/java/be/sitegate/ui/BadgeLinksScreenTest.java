package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.Pin;
import be.sitegate.kiosk.PinGate;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.InMemoryPins;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site manager's badge links in the real window, behind the PIN: list, revoke with a yes, undo, export. */
class BadgeLinksScreenTest extends KioskUiTestBase {

    private static final BadgeUid BADGE = BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6"));

    @TempDir
    Path stick;

    private final InMemoryPins records = new InMemoryPins();
    private final PinGate gate = new PinGate(records, InMemoryPins.FAST_HASHER, Optional.empty(), Clock.systemUTC());

    private void openBadgeLinks() throws Exception {
        gate.set(Pin.of("482913"));
        KioskSettings settings = KioskSettings.defaults().withDefaultLocale(Locale.ENGLISH)
                .withReturnDelay(Duration.ofSeconds(30));
        h = new KioskHarness(settings);
        h.open(Fixtures.CIAW_SITE);
        h.badgeLinks.link(Fixtures.CIAW_SITE, BADGE, WORKER, "Jan Peeters", Optional.empty(), h.clock.instant(),
                h.clock.instant().plus(Duration.ofDays(90)));
        show(h.services.withPin(gate).withAdmin(new AdminTools(() -> { }, () -> { }, Optional.empty(), stick)),
                settings);
        awaitScreen(Screen.IDLE);
        clickOn("#adminButton");
        awaitScreen(Screen.PIN);
        "482913".chars().forEach(c -> clickOn("#pin" + (char) c));
        clickOn("#okButton");
        awaitScreen(Screen.ADMIN);
        clickOn("#badgesButton");
        awaitScreen(Screen.BADGE_LINKS);
    }

    @Test
    void listRevokeUndoAndExport() throws Exception {
        openBadgeLinks();
        assertThat(shown("#badgeRow0")).isTrue();
        clickOn("#revoke0");
        awaitTrue(() -> shown("#revokeYesButton"));
        assertThat(text("#question")).isEqualTo("Revoke the badge of Jan Peeters? It will register nobody from now on.");
        clickOn("#revokeYesButton");
        awaitTrue(() -> shows("#feedback", "The badge of Jan Peeters is revoked."));
        assertThat(h.badgeLinks.active(Fixtures.CIAW_SITE, BADGE, h.clock.instant())).isEmpty();
        clickOn("#undoButton");
        awaitTrue(() -> shows("#feedback", "The badge of Jan Peeters works again."));
        assertThat(h.badgeLinks.active(Fixtures.CIAW_SITE, BADGE, h.clock.instant())).isPresent();

        clickOn("#exportButton");
        awaitTrue(() -> {
            try (var files = Files.list(stick)) {
                return files.anyMatch(f -> f.getFileName().toString().startsWith("badge-links-"));
            }
        });
        clickOn("#badgesBackButton");
        awaitScreen(Screen.ADMIN);
    }

    @Test
    void aBadgeHeldUnderTheSiteManagersScreenRegistersNobody() throws Exception {
        openBadgeLinks();
        h.card.badge(BADGE);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(vm.flow.screen()).isEqualTo(Screen.BADGE_LINKS);
        assertThat(h.presences.registrations).isEmpty();
    }
}
