package be.sitegate.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.ReportPeriod;
import be.sitegate.ui.shared.Msg;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The period by touch: the presets count from the kiosk's day, the steppers never make an impossible period. */
class PeriodChoiceTest {

    /** A Thursday, so "this week" and "last 7 days" differ. */
    private static final LocalDate THURSDAY = LocalDate.of(2026, 11, 26);

    private final PeriodChoice choice = new PeriodChoice(() -> THURSDAY);

    @Test
    void thePresetsCountFromToday() {
        assertThat(PeriodPreset.TODAY.on(THURSDAY)).isEqualTo(ReportPeriod.day(THURSDAY));
        assertThat(PeriodPreset.YESTERDAY.on(THURSDAY)).isEqualTo(ReportPeriod.day(THURSDAY.minusDays(1)));
        assertThat(PeriodPreset.THIS_WEEK.on(THURSDAY)).isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 23), THURSDAY));
        assertThat(PeriodPreset.LAST_7_DAYS.on(THURSDAY)).isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 20), THURSDAY));
        assertThat(PeriodPreset.THIS_MONTH.on(THURSDAY)).isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 1), THURSDAY));
        assertThat(PeriodPreset.THIS_WEEK.on(LocalDate.of(2026, 11, 23))).as("on a Monday").isEqualTo(
                ReportPeriod.day(LocalDate.of(2026, 11, 23)));
    }

    @Test
    void itStartsAtTodayAndSaysBothEnds() {
        assertThat(choice.period()).isEqualTo(ReportPeriod.day(THURSDAY));
        assertThat(choice.presetProperty().get()).contains(PeriodPreset.TODAY);
        assertThat(choice.fromProperty().get()).isEqualTo(Msg.of("admin.period.from", "26/11/2026"));
        assertThat(choice.toProperty().get()).isEqualTo(Msg.of("admin.period.to", "26/11/2026"));
    }

    @Test
    void theSteppersMoveEitherEndAndThePeriodIsThenNoPresetAnyMore() {
        choice.choose(PeriodPreset.THIS_WEEK);
        choice.fromEarlier();
        choice.toEarlier();

        assertThat(choice.period()).isEqualTo(new ReportPeriod(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 25)));
        assertThat(choice.presetProperty().get()).isEqualTo(Optional.empty());
        assertThat(choice.fromProperty().get()).isEqualTo(Msg.of("admin.period.from", "22/11/2026"));
    }

    @Test
    void theEndNeverPassesTodayNorTheStartTheEnd() {
        assertThat(choice.canToLater()).isFalse();
        choice.toLater();
        assertThat(choice.period().to()).isEqualTo(THURSDAY);

        assertThat(choice.canFromLater()).isFalse();
        choice.fromLater();
        choice.toEarlier();
        assertThat(choice.period()).isEqualTo(ReportPeriod.day(THURSDAY));

        choice.choose(PeriodPreset.YESTERDAY);
        assertThat(choice.canToLater()).isTrue();
        choice.toLater();
        assertThat(choice.period()).isEqualTo(new ReportPeriod(THURSDAY.minusDays(1), THURSDAY));
    }

    @Test
    void aPeriodReachesBackAYearAtMost() {
        for (int i = 0; i < 400; i++) {
            choice.fromEarlier();
        }
        assertThat(choice.period().days()).isEqualTo(PeriodChoice.LONGEST_DAYS);
        assertThat(choice.canFromEarlier()).isFalse();
    }
}
