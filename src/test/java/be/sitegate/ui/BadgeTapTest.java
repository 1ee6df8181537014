package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.OTHER_WORKER;
import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.Direction;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.BadgeLink;
import be.sitegate.kiosk.CardEvents.BadgeProblem;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Msg;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The daily tap with a badge, on fakes: an enrolled badge registers its holder through the same
 * registration path as their eID (same employer, same in / break / out rules), greeted by name and
 * the photo kept at enrolment; an unknown, ended or revoked badge says to use the eID or type the
 * number; nothing registers under the foreman's screens.
 */
class BadgeTapTest extends ViewModelsOnFakes {

    private static final BadgeUid BADGE = BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6"));

    private BadgeLink enrol(Optional<byte[]> photo) {
        return h.badgeLinks.link(h.session.require().workplace().id(), BADGE, WORKER, "Jan Peeters", photo,
                h.clock.instant(), h.clock.instant().plus(Duration.ofDays(90)));
    }

    @Test
    void anEnrolledBadgeRegistersItsHolderWithTheEmployerTheyChose() {
        openConstruction();
        h.choices.remember(Fixtures.CIAW_SITE, WORKER, ROOFER.enterpriseNumber());
        enrol(Optional.empty());

        h.card.badge(BADGE);

        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.registered.title"));
        assertThat(vm.confirmation.nameProperty().get()).isEqualTo("Jan Peeters");
        assertThat(vm.confirmation.photoProperty().get()).as("no photo kept, name only").isNull();
        assertThat(h.presences.registrations).singleElement().satisfies(r -> {
            assertThat(r.worker()).isEqualTo(WorkerId.of(WORKER));
            assertThat(r.method()).isEqualTo(IdentificationMethod.BADGE);
            assertThat(r.employer()).contains(ROOFER.enterpriseNumber());
        });
    }

    @Test
    void theEnrolmentPhotoIsShownWhenTheWorkerAgreedToKeepIt() {
        h.central.employs(WORKER, ROOFER);
        openConstruction();
        enrol(Optional.of(new byte[] {1, 2, 3}));
        h.card.badge(BADGE);
        assertThat(vm.confirmation.photoProperty().get()).isEqualTo(new byte[] {1, 2, 3});
    }

    @Test
    void anUnknownBadgeSaysToUseTheEidOrTypeTheNumberAndGoesBackToIdle() {
        openConstruction();
        h.card.badge(BADGE);
        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.badgeUnknown.title"));
        assertThat(vm.message.detailProperty().get()).isEqualTo(Msg.of("msg.badgeUnknown.detail"));
        countdown.fire();
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
        assertThat(h.presences.registrations).isEmpty();
    }

    @Test
    void aRevokedOrEndedLinkRegistersNobody() {
        h.central.employs(WORKER, ROOFER);
        openConstruction();
        BadgeLink link = enrol(Optional.empty());
        h.badgeLinks.revoke(link.id(), h.clock.instant());
        h.card.badge(BADGE);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.badgeUnknown.title"));

        h.badgeLinks.restore(link.id());
        h.clock.advance(Duration.ofDays(91));
        h.open(Fixtures.CIAW_SITE);
        h.card.badge(BADGE);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.badgeUnknown.title"));
        assertThat(h.presences.registrations).isEmpty();
    }

    @Test
    void unusableBadgesAreToldApart() {
        openConstruction();
        h.card.badgeRefused(BadgeProblem.RANDOM_UID);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.badgeRandom.title"));
        h.card.badgeRefused(BadgeProblem.READER_CANNOT);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.badgeReader.title"));
        h.card.badgeRefused(BadgeProblem.NOT_READ);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.badgeNotRead.title"));
        assertThat(h.presences.registrations).isEmpty();
    }

    @Test
    void checkInAndOutWithABadgeFollowsTheEidsRules() {
        h.central.employs(WORKER, ROOFER);
        h.open(Fixtures.CIAOW_SITE);
        vm.activate();
        enrol(Optional.empty());

        h.card.badge(BADGE);
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.in.title"));
        countdown.fire();
        h.card.badge(BADGE);
        assertThat(vm.flow.screen()).isEqualTo(Screen.BREAK_OR_END);
        vm.breakOrEnd.onBreak();
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.break.title"));
        countdown.fire();
        h.card.badge(BADGE);
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.in.title"));
        countdown.fire();
        h.card.badge(BADGE);
        vm.breakOrEnd.onEndOfWork();
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.end.title"));

        assertThat(h.presences.events).extracting(e -> e.direction()).containsExactly(Direction.IN, Direction.OUT,
                Direction.IN, Direction.OUT);
        assertThat(h.presences.events).extracting(e -> e.outReason()).containsExactly(Optional.empty(),
                Optional.of(OutReason.BREAK), Optional.empty(), Optional.of(OutReason.END_OF_WORK));
        assertThat(h.presences.events).allSatisfy(e -> {
            assertThat(e.method()).isEqualTo(IdentificationMethod.BADGE);
            assertThat(e.worker()).isEqualTo(WorkerId.of(WORKER));
        });
    }

    @Test
    void aBadgeNeverRegistersUnderTheForemansScreens() {
        h.central.employs(WORKER, ROOFER);
        h.central.employs(OTHER_WORKER, ROOFER);
        openConstruction();
        enrol(Optional.empty());
        vm.idle.onShowAttendance();
        Screen foremans = vm.flow.screen();
        assertThat(vm.flow.foremanScreen()).as(foremans + " is a foreman's screen").isTrue();

        h.card.badge(BADGE);

        assertThat(vm.flow.screen()).isEqualTo(foremans);
        assertThat(h.presences.registrations).isEmpty();
    }
}
