package be.sitegate.kiosk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.KioskInitialisation;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class KioskSessionTest {

    private final TestClock clock = TestClock.mondayMorning();

    @Test
    void lastsUntilTheEndOfTheDayInBrussels() {
        KioskSession session = new KioskSession(clock);
        assertThat(session.expiryFor(clock.instant()).atZone(KioskSession.BELGIUM))
                .isEqualTo(ZonedDateTime.of(2026, 11, 23, 23, 59, 0, 0, KioskSession.BELGIUM));
        session.start(initialisation(session));
        assertThat(session.current()).isPresent();

        clock.advance(Duration.ofHours(16).plusMinutes(46)); // 23:58
        assertThat(session.current()).isPresent();
        clock.advance(Duration.ofMinutes(1)); // 23:59
        assertThat(session.current()).isEmpty();
        assertThatThrownBy(session::require).isInstanceOf(KioskNotInitialisedException.class);
    }

    @Test
    void endOfDayIsConfigurable() {
        KioskSession session = new KioskSession(clock, LocalTime.of(18, 0), KioskSession.BELGIUM);
        session.start(initialisation(session));
        clock.advance(Duration.ofHours(10).plusMinutes(48)); // 18:00
        assertThat(session.current()).isEmpty();
    }

    @Test
    void anInitialisationAfterTheEndOfDayLastsUntilTomorrows() {
        KioskSession session = new KioskSession(clock, LocalTime.of(6, 0), KioskSession.BELGIUM);
        assertThat(session.expiryFor(clock.instant()).atZone(KioskSession.BELGIUM).toLocalDate())
                .isEqualTo(LocalDate.of(2026, 11, 24));
    }

    @Test
    void todayIsTheDateInBelgiumNotUtc() {
        TestClock lateEvening = new TestClock(
                ZonedDateTime.of(2026, 11, 23, 0, 30, 0, 0, KioskSession.BELGIUM).toInstant()); // 23:30 UTC the day before
        assertThat(new KioskSession(lateEvening).today()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    private KioskInitialisation initialisation(KioskSession session) {
        return new KioskInitialisation(Fixtures.construction().workplace(), Fixtures.BUILDER.enterpriseNumber(),
                "foreman", clock.instant(), session.expiryFor(clock.instant()), false);
    }
}
