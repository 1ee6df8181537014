package be.sitegate.kiosk;

import static be.sitegate.testkit.Fixtures.OTHER_SITE;
import static be.sitegate.testkit.Fixtures.SITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A link lasts the configured days, or until the end of the declaration of the workplace it was made on
 * when that comes first; another workplace's declaration changes nothing.
 */
class BadgeLinkPolicyTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant NOW = Instant.parse("2026-09-01T06:00:00Z");

    private static Instant endOfDay(int year, int month, int day) {
        return LocalDate.of(year, month, day).plusDays(1).atStartOfDay(BRUSSELS).toInstant();
    }

    @Test
    void ninetyDaysToTheEndOfTheLastDay() {
        BadgeLinkPolicy policy = BadgeLinkPolicy.days(BadgeLinkPolicy.DEFAULT_LINK_DAYS);
        assertThat(policy.expiresAt(SITE, NOW, BRUSSELS))
                .isEqualTo(LocalDate.of(2026, 12, 1).atStartOfDay(BRUSSELS).toInstant());
        assertThat(policy.expiresAt(NOW, BRUSSELS)).isEqualTo(policy.expiresAt(SITE, NOW, BRUSSELS));
        assertThat(policy.declarationEnd(SITE)).isEmpty();
    }

    @Test
    void theDeclarationsEndWinsWhenItComesFirst() {
        assertThat(new BadgeLinkPolicy(90, Map.of(SITE, LocalDate.of(2026, 9, 30))).expiresAt(SITE, NOW, BRUSSELS))
                .isEqualTo(endOfDay(2026, 9, 30));
    }

    @Test
    void theDaysWinWhenTheDeclarationEndsLater() {
        assertThat(new BadgeLinkPolicy(10, Map.of(SITE, LocalDate.of(2026, 12, 30))).expiresAt(SITE, NOW, BRUSSELS))
                .isEqualTo(LocalDate.of(2026, 9, 12).atStartOfDay(BRUSSELS).toInstant());
        // The last day of the days is the declaration's last day: the same end either way.
        assertThat(new BadgeLinkPolicy(10, Map.of(SITE, LocalDate.of(2026, 9, 11))).expiresAt(SITE, NOW, BRUSSELS))
                .isEqualTo(endOfDay(2026, 9, 11));
    }

    @Test
    void anotherWorkplacesDeclarationIsIgnored() {
        BadgeLinkPolicy policy = new BadgeLinkPolicy(90, Map.of(OTHER_SITE, LocalDate.of(2026, 9, 30)));
        assertThat(policy.expiresAt(SITE, NOW, BRUSSELS)).isEqualTo(BadgeLinkPolicy.days(90).expiresAt(SITE, NOW, BRUSSELS));
        assertThat(policy.expiresAt(OTHER_SITE, NOW, BRUSSELS)).isEqualTo(endOfDay(2026, 9, 30));
        // Without a workplace (the consent screen of a kiosk whose day just ended) no declaration applies.
        assertThat(policy.expiresAt(NOW, BRUSSELS)).isEqualTo(endOfDay(2026, 11, 30));
    }

    @Test
    void aDeclarationEndingTodayLastsToTonightsMidnightInTheSitesZone() {
        Instant lateEvening = Instant.parse("2026-09-30T21:30:00Z"); // 23:30 in Brussels
        assertThat(new BadgeLinkPolicy(90, Map.of(SITE, LocalDate.of(2026, 9, 30))).expiresAt(SITE, lateEvening, BRUSSELS))
                .isEqualTo(Instant.parse("2026-09-30T22:00:00Z"));
    }

    @Test
    void aDeclarationThatHasEndedGivesALinkOfAMomentNotOneInThePast() {
        BadgeLinkPolicy ended = new BadgeLinkPolicy(90, Map.of(SITE, LocalDate.of(2026, 8, 31)));
        assertThat(ended.expiresAt(SITE, NOW, BRUSSELS)).isAfter(NOW).isEqualTo(NOW.plusSeconds(1));
    }

    @Test
    void thePolicyKeepsItsOwnCopyOfTheEnds() {
        Map<be.sitegate.domain.WorkplaceId, LocalDate> ends = new HashMap<>(Map.of(SITE, LocalDate.of(2026, 9, 30)));
        BadgeLinkPolicy policy = new BadgeLinkPolicy(90, ends);
        ends.clear();
        assertThat(policy.declarationEnd(SITE)).hasValue(LocalDate.of(2026, 9, 30));
    }

    @Test
    void aSillyLengthIsRefused() {
        assertThatThrownBy(() -> BadgeLinkPolicy.days(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
