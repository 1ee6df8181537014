package be.sitegate.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BadgeUid;
import be.sitegate.domain.KioskInitialisation;
import be.sitegate.domain.Workplace;
import be.sitegate.kiosk.fake.InMemoryBadgeLinks;
import be.sitegate.kiosk.fake.InMemoryEmployerChoices;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A link is made for the workplace the kiosk is initialised on, and ends with that workplace's declaration. */
class BadgeEnrolmentTest {

    private static final BadgeUid BADGE = BadgeUid.of(HexFormat.of().parseHex("04a1b2c3d4e5f6"));
    /** Gent's declaration ends two weeks after the fixtures' Monday; Brussels' is not known. */
    private static final LocalDate GENT_ENDS = Fixtures.MONDAY.plusDays(14);

    private final TestClock clock = TestClock.mondayMorning();
    private final KioskSession session = new KioskSession(clock);
    private final InMemoryBadgeLinks links = new InMemoryBadgeLinks();
    private final BadgeEnrolment enrolment = new BadgeEnrolment(session, links, new InMemoryEmployerChoices(),
            new BadgeLinkPolicy(90, Map.of(Fixtures.SITE, GENT_ENDS)));

    private void openOn(Workplace workplace) {
        session.start(new KioskInitialisation(workplace, Fixtures.BUILDER_NUMBER, "foreman", clock.instant(),
                session.expiryFor(clock.instant()), false));
    }

    private BadgeLink link() {
        return enrolment.link(BADGE, new BadgeEnrolment.ProvenWorker(Fixtures.WORKER, "Anna Peeters",
                Optional.of(Fixtures.BUILDER_NUMBER)), Optional.empty());
    }

    @Test
    void onAWorkplaceWithAKnownEndTheLinkEndsWithItsDeclaration() {
        openOn(Fixtures.construction().workplace());
        BadgeLink link = link();
        assertThat(link.expiresAt()).isEqualTo(GENT_ENDS.plusDays(1).atStartOfDay(session.zone()).toInstant());
        assertThat(enrolment.linkEndsAt()).isEqualTo(link.expiresAt());
        assertThat(links.active(Fixtures.SITE, BADGE, clock.instant())).isPresent();
    }

    @Test
    void onAnotherWorkplaceTheDaysApply() {
        openOn(Fixtures.cleaning().workplace());
        BadgeLink link = link();
        assertThat(link.expiresAt()).isEqualTo(Fixtures.MONDAY.plusDays(91).atStartOfDay(session.zone()).toInstant());
        assertThat(enrolment.linkEndsAt()).isEqualTo(link.expiresAt());
    }

    @Test
    void beforeAnyInitialisationTheConsentScreenIsToldTheDays() {
        assertThat(enrolment.linkEndsAt())
                .isEqualTo(Fixtures.MONDAY.plusDays(91).atStartOfDay(session.zone()).toInstant());
    }
}
