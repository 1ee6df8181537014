package be.sitegate.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A link lasts the configured days, or until the end of the site's declaration when that comes first. */
class BadgeLinkPolicyTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final Instant NOW = Instant.parse("2026-09-01T06:00:00Z");

    @Test
    void ninetyDaysToTheEndOfTheLastDay() {
        assertThat(BadgeLinkPolicy.days(BadgeLinkPolicy.DEFAULT_LINK_DAYS).expiresAt(NOW, BRUSSELS))
                .isEqualTo(LocalDate.of(2026, 12, 1).atStartOfDay(BRUSSELS).toInstant());
    }

    @Test
    void theDeclarationsEndWinsWhenItComesFirst() {
        assertThat(new BadgeLinkPolicy(90, Optional.of(LocalDate.of(2026, 9, 30))).expiresAt(NOW, BRUSSELS))
                .isEqualTo(LocalDate.of(2026, 10, 1).atStartOfDay(BRUSSELS).toInstant());
        assertThat(new BadgeLinkPolicy(10, Optional.of(LocalDate.of(2026, 12, 30))).expiresAt(NOW, BRUSSELS))
                .isEqualTo(LocalDate.of(2026, 9, 12).atStartOfDay(BRUSSELS).toInstant());
    }

    @Test
    void aSillyLengthIsRefused() {
        assertThatThrownBy(() -> BadgeLinkPolicy.days(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
