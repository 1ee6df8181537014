package be.sitegate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code retention.days}: 45 unless told, never inside the 30-day correction window, errors that name the key. */
class RetentionDaysTest {

    @Test
    void resolvedRecordsAreKeptFortyFiveDaysUnlessToldOtherwise() {
        assertThat(KioskConfig.of(Map.of(), Map.of()).retentionDays()).isEqualTo(45);
        assertThat(KioskConfig.of(Map.of("retention.days", "31"), Map.of()).retentionDays()).isEqualTo(31);
        assertThat(KioskConfig.of(Map.of("retention.days", "400"), Map.of()).retentionDays()).isEqualTo(400);
    }

    @Test
    void aPeriodInsideTheCorrectionWindowIsRefusedWithTheReason() {
        assertThatThrownBy(() -> KioskConfig.of(Map.of("retention.days", "30"), Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("retention.days: must be at least 31, got 30")
                .hasMessageContaining("corrected for 30 days");
    }

    @Test
    void nonsenseIsRefusedNamingTheKey() {
        assertThatThrownBy(() -> KioskConfig.of(Map.of("retention.days", "forever"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("retention.days: not a whole number");
        assertThatThrownBy(() -> KioskConfig.of(Map.of("retention.days", "99999"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("retention.days: must be 1 to 3650");
        assertThatThrownBy(() -> KioskConfig.of(Map.of("retention.days", "0"), Map.of()))
                .isInstanceOf(ConfigException.class).hasMessageStartingWith("retention.days: must be 1 to 3650");
    }
}
