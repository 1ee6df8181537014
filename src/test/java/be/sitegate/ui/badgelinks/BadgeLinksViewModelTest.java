package be.sitegate.ui.badgelinks;

import static be.sitegate.testkit.Fixtures.OTHER_WORKER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BadgeUid;
import be.sitegate.kiosk.BadgeRegister;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.fake.InMemoryBadgeLinks;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import be.sitegate.ui.shared.Msg;
import be.sitegate.ui.shared.Threads;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site manager's badge links: listed masked, revoked after a yes, undone, exported as CSV. */
class BadgeLinksViewModelTest {

    @TempDir
    Path exports;

    private final TestClock clock = TestClock.mondayMorning();
    private final KioskSession session = new KioskSession(clock);
    private final InMemoryBadgeLinks links = new InMemoryBadgeLinks();
    private int backs;
    private BadgeLinksViewModel vm;

    @BeforeEach
    void setUp() {
        new be.sitegate.kiosk.InitialisationService(new FakeCentralService().knows(Fixtures.construction()),
                new be.sitegate.kiosk.fake.InMemoryInitialisations(), session)
                .initialise("foreman", "secret".toCharArray(), Fixtures.CIAW_SITE);
        links.link(Fixtures.CIAW_SITE, BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6")), WORKER, "Jan Peeters",
                Optional.of(new byte[] {1}), clock.instant(), clock.instant().plus(Duration.ofDays(90)));
        links.link(Fixtures.CIAW_SITE, BadgeUid.of(HexFormat.of().parseHex("5a6b7c8d")), OTHER_WORKER, "Anna Dubois",
                Optional.empty(), clock.instant(), clock.instant().plus(Duration.ofDays(90)));
        vm = new BadgeLinksViewModel(new BadgeRegister(session, links), Threads.direct(), session.zone(),
                clock::instant, () -> exports, () -> backs++);
        vm.open();
    }

    @Test
    void listsTheLinksByNameWithTheNumberMasked() {
        assertThat(vm.rows()).extracting(BadgeLinksViewModel.Row::name).containsExactly("Anna Dubois", "Jan Peeters");
        BadgeLinksViewModel.Row jan = vm.rows().get(1);
        assertThat(jan.number()).isEqualTo(WORKER.masked()).doesNotContain(WORKER.toString());
        assertThat(jan.linked()).isEqualTo("23/11/2026");
        assertThat(jan.ends()).isEqualTo("21/02/2027");
        assertThat(jan.state()).isEqualTo(Msg.of("badges.state.active"));
    }

    @Test
    void revokesOnlyAfterAYesAndCanBeUndone() {
        BadgeLinksViewModel.Row jan = vm.rows().get(1);
        vm.onRevoke(jan);
        assertThat(vm.confirmingProperty().get()).contains(jan);
        vm.onRevokeCancelled();
        assertThat(links.active(Fixtures.CIAW_SITE, BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6")),
                clock.instant())).isPresent();

        vm.onRevoke(jan);
        vm.onRevokeConfirmed();
        assertThat(vm.rows().get(1).state()).isEqualTo(Msg.of("badges.state.revoked"));
        assertThat(vm.feedbackProperty().get()).isEqualTo(Msg.of("badges.revoked", "Jan Peeters"));
        assertThat(links.active(Fixtures.CIAW_SITE, BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6")),
                clock.instant())).isEmpty();

        vm.onUndo();
        assertThat(vm.rows().get(1).state()).isEqualTo(Msg.of("badges.state.active"));
        assertThat(vm.undoableProperty().get()).isEmpty();
    }

    @Test
    void exportsACsvIntoTheExportFolderWithoutFullNumbers() throws Exception {
        vm.onExport();
        assertThat(vm.feedbackProperty().get().key()).isEqualTo("badges.exported");
        try (var files = Files.list(exports)) {
            Path csv = files.filter(f -> f.toString().endsWith(".csv")).findFirst().orElseThrow();
            String text = Files.readString(csv, StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFFname;number;linked;ends;revoked;photo kept\r\n")
                    .contains("Jan Peeters;" + WORKER.masked() + ";2026-11-23;2027-02-21;;yes\r\n")
                    .contains("Anna Dubois;" + OTHER_WORKER.masked() + ";2026-11-23;2027-02-21;;no\r\n")
                    .doesNotContain(WORKER.toString());
        }
    }

    @Test
    void aFolderThatCannotBeWrittenSaysSo() {
        vm = new BadgeLinksViewModel(new BadgeRegister(session, links), Threads.direct(), session.zone(),
                clock::instant, () -> exports.resolve("missing-stick"), () -> backs++);
        vm.onExport();
        assertThat(vm.feedbackProperty().get().key()).isEqualTo("badges.exportFailed");
    }

    @Test
    void backGoesToTheAdministration() {
        vm.onBack();
        assertThat(backs).isEqualTo(1);
    }
}
