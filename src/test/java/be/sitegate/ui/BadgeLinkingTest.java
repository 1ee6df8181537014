package be.sitegate.ui;

import static be.sitegate.testkit.Fixtures.ROOFER;
import static be.sitegate.testkit.Fixtures.WORKER;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.DocumentType;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.CardEvents.BadgeProblem;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.CardIdentity.Authenticity;
import be.sitegate.kiosk.fake.FakeCard;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.message.MessageViewModel;
import be.sitegate.ui.shared.Msg;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Linking a badge, on fakes: offered only after an authentic eID, with consent in plain words and
 * the date it ends, the photo kept only when ticked, the employer remembered, and the badge then
 * registering its holder by itself.
 */
class BadgeLinkingTest extends ViewModelsOnFakes {

    private static final BadgeUid BADGE = BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6"));
    private static final byte[] PHOTO = {9, 8, 7};

    private static CardIdentity jan(Authenticity authenticity) {
        return new CardIdentity(WORKER, "Jan", "Peeters", LocalDate.of(2031, 1, 1), authenticity,
                () -> Optional.of(PHOTO), DocumentType.BELGIAN_EID, be.sitegate.domain.ChipProof.PROVEN);
    }

    private void registerJan(Authenticity authenticity) {
        h.central.employs(WORKER, ROOFER);
        openConstruction();
        h.card.insertAndRead(jan(authenticity));
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
    }

    @Test
    void onlyAnAuthenticEidOffersToLinkABadge() {
        registerJan(Authenticity.AUTHENTIC);
        assertThat(vm.confirmation.badgeOfferedProperty().get()).isTrue();
        countdown.fire();

        h.central.employs(Inss.parse("71451201771"), ROOFER);
        h.card.insertAndRead(FakeCard.identity(Inss.parse("71451201771"), "Bogdan", "Nowak", Authenticity.EXPIRED));
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation.badgeOfferedProperty().get()).as("an expired card proves less").isFalse();
        countdown.fire();

        vm.input.startTyping(be.sitegate.ui.typedentry.TypedEntryViewModel.Kind.INSS, "");
        WORKER.toString().chars().forEach(c -> vm.entry.onDigit((char) c));
        vm.entry.onSubmit();
        assertThat(vm.flow.screen()).isEqualTo(Screen.CONFIRMATION);
        assertThat(vm.confirmation.badgeOfferedProperty().get()).as("a typed number proves nothing").isFalse();
    }

    @Test
    void consentSaysUntilWhenAndNoThanksKeepsNothing() {
        registerJan(Authenticity.AUTHENTIC);
        vm.confirmation.onLinkBadge();
        assertThat(vm.flow.screen()).isEqualTo(Screen.BADGE_CONSENT);
        var consent = vm.badgeConsent().orElseThrow();
        // Monday 23 November 2026 plus 90 days: the link's last day.
        assertThat(consent.untilProperty().get()).isEqualTo(Msg.of("badge.consent.until", "21/02/2027"));
        assertThat(consent.photoOfferedProperty().get()).isTrue();
        assertThat(consent.keepPhotoProperty().get()).as("nothing ticked for the worker").isFalse();

        consent.onNoThanks();
        assertThat(vm.flow.screen()).isEqualTo(Screen.IDLE);
        h.card.badge(BADGE);
        assertThat(h.badgeLinks.all(Fixtures.CIAW_SITE)).isEmpty();
    }

    @Test
    void agreeHoldTheBadgeAndItIsLinkedWithThePhotoOnlyWhenTicked() {
        registerJan(Authenticity.AUTHENTIC);
        vm.confirmation.onLinkBadge();
        vm.badgeConsent().orElseThrow().keepPhotoProperty().set(true);
        vm.badgeConsent().orElseThrow().onAgree();
        assertThat(vm.flow.screen()).isEqualTo(Screen.BADGE_HOLD);

        h.card.badge(BADGE);

        assertThat(vm.flow.screen()).isEqualTo(Screen.MESSAGE);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("badge.linked.title"));
        assertThat(vm.message.kindProperty().get()).isEqualTo(MessageViewModel.Kind.INFO);
        assertThat(h.badgeLinks.all(Fixtures.CIAW_SITE)).singleElement().satisfies(link -> {
            assertThat(link.inss()).isEqualTo(WORKER);
            assertThat(link.displayName()).isEqualTo("Jan Peeters");
            assertThat(link.photo()).hasValue(PHOTO);
        });
        assertThat(h.choices.find(Fixtures.CIAW_SITE, WORKER)).contains(ROOFER.enterpriseNumber());
        assertThat(h.presences.registrations).as("linking registers nobody").hasSize(1);

        countdown.fire();
        h.card.badge(BADGE);
        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.already.title"));
        assertThat(vm.confirmation.photoProperty().get()).isEqualTo(PHOTO);
    }

    @Test
    void withoutTheTickThePhotoIsNotKept() {
        registerJan(Authenticity.AUTHENTIC);
        vm.confirmation.onLinkBadge();
        vm.badgeConsent().orElseThrow().onAgree();
        h.card.badge(BADGE);
        assertThat(h.badgeLinks.all(Fixtures.CIAW_SITE)).singleElement()
                .satisfies(link -> assertThat(link.photo()).isEmpty());
    }

    @Test
    void anUnusableBadgeIsRefusedWithAClearMessageAndNothingIsLinked() {
        registerJan(Authenticity.AUTHENTIC);
        vm.confirmation.onLinkBadge();
        vm.badgeConsent().orElseThrow().onAgree();
        h.card.badgeRefused(BadgeProblem.RANDOM_UID);
        assertThat(vm.message.titleProperty().get()).isEqualTo(Msg.of("msg.badgeRandom.title"));
        assertThat(h.badgeLinks.all(Fixtures.CIAW_SITE)).isEmpty();
    }

    @Test
    void theLinkedBadgeRegistersItsHolderTheNextDay() {
        registerJan(Authenticity.AUTHENTIC);
        vm.confirmation.onLinkBadge();
        vm.badgeConsent().orElseThrow().onAgree();
        h.card.badge(BADGE);
        countdown.fire();
        h.clock.advance(java.time.Duration.ofDays(1));
        h.open(Fixtures.CIAW_SITE);

        h.card.badge(BADGE);

        assertThat(vm.confirmation.headlineProperty().get()).isEqualTo(Msg.of("confirm.registered.title"));
        assertThat(h.presences.lastRegistration().method()).isEqualTo(IdentificationMethod.BADGE);
        assertThat(h.presences.lastRegistration().worker()).isEqualTo(WorkerId.of(WORKER));
        assertThat(h.presences.lastRegistration().employer()).contains(ROOFER.enterpriseNumber());
    }
}
