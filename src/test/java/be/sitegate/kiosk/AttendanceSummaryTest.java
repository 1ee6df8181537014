package be.sitegate.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.Workplace;
import be.sitegate.testkit.Fixtures;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** One line per person and day, the shift of a cleaner, who is on site now, and the totals. */
class AttendanceSummaryTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    /** Monday 23 November 2026: Brussels is UTC+1. */
    private static final LocalDate DAY = Fixtures.MONDAY;
    private static final Workplace CLEANING = Fixtures.cleaning().workplace();
    private static final Workplace CONSTRUCTION = Fixtures.construction().workplace();
    private static final WorkerId KARIMA = Fixtures.ANNA;
    private static final WorkerId BOGDAN = Fixtures.BOGDAN;
    /** A posted worker: the Limosa declaration names the employer, the registration does not. */
    private static final WorkerId POSTED = WorkerId.of(be.sitegate.domain.LimosaId.parse("23456789012345678"));

    private static Instant at(String localTime) {
        return DAY.atTime(java.time.LocalTime.parse(localTime)).atZone(BRUSSELS).toInstant();
    }

    private static int counter;

    private static PresenceEvent event(WorkerId who, Direction direction, OutReason reason, Instant at,
            IdentificationMethod method, Delivery delivery) {
        return new PresenceEvent(new ClientReference("SGE" + counter++), Fixtures.CIAOW_SITE, who,
                Optional.of(Fixtures.BUILDER_NUMBER), direction, Optional.ofNullable(reason), at, method,
                Optional.of(who == KARIMA ? "Karima El Idrissi" : "Bogdan Nowak"), delivery);
    }

    private static PresenceEvent in(WorkerId who, String time) {
        return event(who, Direction.IN, null, at(time), IdentificationMethod.EID_CARD, Delivery.accepted("1", List.of(), at(time)));
    }

    private static PresenceEvent out(WorkerId who, String time, OutReason reason) {
        return event(who, Direction.OUT, reason, at(time), IdentificationMethod.EID_CARD, Delivery.accepted("2", List.of(), at(time)));
    }

    private static List<PersonDay> cleaningDay(Instant now, PresenceEvent... events) {
        return new AttendanceSummary(CLEANING, BRUSSELS).checkedInAndOut(List.of(events), DAY, now);
    }

    @Nested
    class CheckInAndOut {

        @Test
        void aDayWithTwoBreaksCountsThemAndTheTimeOnSiteBetweenEachInAndOut() {
            PersonDay karima = cleaningDay(at("18:00"),
                    in(KARIMA, "07:00"), out(KARIMA, "10:00", OutReason.BREAK), in(KARIMA, "10:15"),
                    out(KARIMA, "12:30", OutReason.BREAK), in(KARIMA, "13:00"), out(KARIMA, "16:00", OutReason.END_OF_WORK))
                    .get(0);

            Shift shift = karima.shift().orElseThrow();
            assertThat(shift.firstIn()).contains(at("07:00"));
            assertThat(shift.lastOut()).contains(at("16:00"));
            assertThat(shift.breaks()).isEqualTo(2);
            assertThat(shift.breakTime()).isEqualTo(Duration.ofMinutes(45));
            assertThat(shift.onSite()).isEqualTo(Duration.ofHours(8).plusMinutes(15));
            assertThat(shift.presence()).isEqualTo(Shift.Presence.LEFT);
            assertThat(karima.onSiteNow()).isFalse();
        }

        @Test
        void whoeverIsStillInIsOnSiteNowAndTheirTimeRunsUpToNow() {
            PersonDay karima = cleaningDay(at("11:30"), in(KARIMA, "07:00"), out(KARIMA, "10:00", OutReason.BREAK),
                    in(KARIMA, "10:30")).get(0);

            assertThat(karima.onSiteNow()).isTrue();
            assertThat(karima.shift().orElseThrow().onSite()).isEqualTo(Duration.ofHours(4));
            assertThat(karima.shift().orElseThrow().lastOut()).isEmpty();
            assertThat(karima.shift().orElseThrow().breaks()).isEqualTo(1);
        }

        @Test
        void someoneOnABreakIsNotOnSiteNowAndTheBreakIsNotCountedUntilTheyComeBack() {
            PersonDay karima = cleaningDay(at("10:20"), in(KARIMA, "07:00"), out(KARIMA, "10:00", OutReason.BREAK))
                    .get(0);

            assertThat(karima.shift().orElseThrow().presence()).isEqualTo(Shift.Presence.ON_BREAK);
            assertThat(karima.onSiteNow()).isFalse();
            assertThat(karima.shift().orElseThrow().breaks()).isZero();
            assertThat(karima.shift().orElseThrow().onSite()).isEqualTo(Duration.ofHours(3));
        }

        @Test
        void anOutThenInCountsAsABreakWhateverTheOutSaidAsAnotherChannelKnowsOnlyOut() {
            PersonDay karima = cleaningDay(at("18:00"), in(KARIMA, "07:00"), out(KARIMA, "09:00", OutReason.END_OF_WORK),
                    in(KARIMA, "09:20"), out(KARIMA, "12:00", OutReason.END_OF_WORK)).get(0);
            assertThat(karima.shift().orElseThrow().breaks()).isEqualTo(1);
            assertThat(karima.shift().orElseThrow().breakTime()).isEqualTo(Duration.ofMinutes(20));
        }

        @Test
        void midnightIsNotCrossedAnOpenInStopsAtTheEndOfItsDay() {
            // Looked at the next morning: she never checked out.
            Instant nextMorning = DAY.plusDays(1).atTime(8, 0).atZone(BRUSSELS).toInstant();
            PersonDay karima = cleaningDay(nextMorning, in(KARIMA, "22:00")).get(0);
            assertThat(karima.shift().orElseThrow().onSite()).isEqualTo(Duration.ofHours(2));
        }

        @Test
        void midnightIsNotCrossedAnOutWithoutAnInThatDayAddsNoTime() {
            // A night shift that began yesterday: today knows only its end.
            PersonDay karima = cleaningDay(at("12:00"), out(KARIMA, "06:00", OutReason.END_OF_WORK),
                    in(KARIMA, "09:00"), out(KARIMA, "11:00", OutReason.END_OF_WORK)).get(0);
            Shift shift = karima.shift().orElseThrow();
            assertThat(shift.onSite()).isEqualTo(Duration.ofHours(2));
            assertThat(shift.firstIn()).contains(at("09:00"));
            assertThat(shift.breaks()).isEqualTo(1); // out at 06:00, back at 09:00
        }

        @Test
        void aDoubleTapInIsNotABreakAndCountsOnce() {
            PersonDay karima = cleaningDay(at("12:00"), in(KARIMA, "07:00"), in(KARIMA, "07:01"),
                    out(KARIMA, "11:00", OutReason.END_OF_WORK)).get(0);
            assertThat(karima.shift().orElseThrow().onSite()).isEqualTo(Duration.ofHours(4));
            assertThat(karima.shift().orElseThrow().breaks()).isZero();
        }

        @Test
        void onePersonPerLineInOrderOfTheirFirstEventWithTheEventThatNeedsTheForemanMost() {
            Delivery refused = new Delivery(DeliveryStatus.REJECTED, 1, Optional.empty(),
                    List.of(ServiceRemark.error("INVALID_INSS", "INSS IS NOT VALID")), Optional.empty(), at("10:00"),
                    Optional.empty());
            List<PersonDay> day = cleaningDay(at("12:00"), in(BOGDAN, "06:30"), in(KARIMA, "07:00"),
                    event(KARIMA, Direction.OUT, OutReason.BREAK, at("10:00"), IdentificationMethod.EID_CARD, refused),
                    in(KARIMA, "10:30"));

            assertThat(day).extracting(PersonDay::worker).containsExactly(BOGDAN, KARIMA);
            PersonDay karima = day.get(1);
            assertThat(karima.status()).isEqualTo(AttendanceStatus.REFUSED);
            assertThat(karima.delivery()).isEqualTo(refused);
            assertThat(karima.toCheck()).isEqualTo(1);
            assertThat(karima.references()).hasSize(3);
            assertThat(karima.employerName()).isEqualTo(Fixtures.BUILDER.name());
        }

        @Test
        void aPersonKnownOnlyFromTheCentralSearchIsMarkedAsAnotherChannel() {
            Delivery receipt = Delivery.accepted("900", List.of(), at("07:00"));
            List<PersonDay> day = cleaningDay(at("12:00"),
                    event(BOGDAN, Direction.IN, null, at("07:00"), IdentificationMethod.CENTRAL_SEARCH, receipt),
                    in(KARIMA, "07:10"),
                    event(KARIMA, Direction.OUT, OutReason.END_OF_WORK, at("09:00"), IdentificationMethod.CENTRAL_SEARCH,
                            receipt));
            assertThat(day.get(0).otherChannel()).isTrue();
            assertThat(day.get(0).method()).isEqualTo(IdentificationMethod.CENTRAL_SEARCH);
            assertThat(day.get(1).otherChannel()).as("one of hers was made here").isFalse();
        }
    }

    @Nested
    class Checkinatwork {

        private Registration registration(WorkerId who, EnterpriseNumber employer, IdentificationMethod method,
                Delivery delivery) {
            return new Registration(new ClientReference("SGR" + counter++), Fixtures.CIAW_SITE, who,
                    Optional.ofNullable(employer), DAY, at("07:00"), method, Optional.empty(), delivery);
        }

        @Test
        void everyoneRegisteredTodayIsOnSiteNowWithTheirStatusAndChannel() {
            Delivery withRemark = Delivery.accepted("7", List.of(ServiceRemark.remark("RELATED DIMONA NOT OK")), at("07:01"));
            List<PersonDay> day = new AttendanceSummary(CONSTRUCTION, BRUSSELS).registered(List.of(
                    registration(KARIMA, Fixtures.ROOFER.enterpriseNumber(), IdentificationMethod.EID_CARD, withRemark),
                    registration(POSTED, null, IdentificationMethod.CENTRAL_SEARCH, Delivery.accepted("8", List.of(), at("07:02")))));
            assertThat(day).allSatisfy(p -> assertThat(p.onSiteNow()).isTrue());
            assertThat(day).extracting(PersonDay::status)
                    .containsExactly(AttendanceStatus.REGISTERED_WITH_REMARK, AttendanceStatus.REGISTERED);
            assertThat(day).extracting(PersonDay::otherChannel).containsExactly(false, true);
            assertThat(day).extracting(PersonDay::employerName).containsExactly(Fixtures.ROOFER.name(), "");
            assertThat(day.get(0).shift()).isEmpty();
        }

        @Test
        void aWithdrawnRegistrationIsListedAsWithdrawnAndCountsAsNobodyOnSite() {
            Delivery withdrawn = new Delivery(DeliveryStatus.ACCEPTED, 1, Optional.of("9"), List.of(), Optional.empty(),
                    at("07:01"), Optional.empty(), Optional.empty(),
                    Optional.of(new be.sitegate.domain.Withdrawal(at("09:00"), "HOLIDAY")));
            List<PersonDay> day = new AttendanceSummary(CONSTRUCTION, BRUSSELS).registered(List.of(
                    registration(KARIMA, Fixtures.ROOFER.enterpriseNumber(), IdentificationMethod.EID_CARD, withdrawn),
                    registration(POSTED, null, IdentificationMethod.TYPED_LIMOSA,
                            Delivery.accepted("8", List.of(), at("07:02")))));
            assertThat(day.get(0).status()).isEqualTo(AttendanceStatus.WITHDRAWN);
            assertThat(day.get(0).onSiteNow()).isFalse();
            AttendanceTotals totals = AttendanceTotals.of(day);
            assertThat(totals.people()).isEqualTo(1);
            assertThat(totals.onSiteNow()).isEqualTo(1);
            assertThat(totals.perEmployer()).doesNotContainKey(Fixtures.ROOFER.name());
            assertThat(totals.perStatus()).containsEntry(AttendanceStatus.WITHDRAWN, 1);
        }

        @Test
        void aLimosaWorkerIsCountedForTheEmployerTheServiceRecordedOnceItAnswered() {
            Delivery answered = new Delivery(DeliveryStatus.ACCEPTED, 1, Optional.of("9"), List.of(), Optional.empty(),
                    at("07:01"), Optional.empty(), Optional.of(Fixtures.ROOFER.enterpriseNumber()), Optional.empty());
            PersonDay p = new AttendanceSummary(CONSTRUCTION, BRUSSELS).registered(List.of(
                    registration(POSTED, null, IdentificationMethod.TYPED_LIMOSA, answered))).get(0);
            assertThat(p.employer()).contains(Fixtures.ROOFER.enterpriseNumber());
            assertThat(p.employerName()).isEqualTo(Fixtures.ROOFER.name());
        }

        @Test
        void anEmployerTheDeclarationDoesNotNameIsShownByItsNumber() {
            EnterpriseNumber unknown = EnterpriseNumber.parse("0448902340");
            PersonDay p = new AttendanceSummary(CONSTRUCTION, BRUSSELS).registered(List.of(
                    registration(KARIMA, unknown, IdentificationMethod.TYPED_NATIONAL_NUMBER, Delivery.pending(at("07:00")))))
                    .get(0);
            assertThat(p.employerName()).isEqualTo(unknown.formatted());
            assertThat(p.status()).isEqualTo(AttendanceStatus.STORED);
        }
    }

    @Test
    void totalsCountPeoplePerEmployerAndPerStatusAndWhoIsOnSiteNow() {
        List<PersonDay> day = new ArrayList<>(cleaningDay(at("12:00"), in(KARIMA, "07:00"), in(BOGDAN, "07:30"),
                out(BOGDAN, "11:00", OutReason.END_OF_WORK)));
        AttendanceTotals totals = AttendanceTotals.of(day);
        assertThat(totals.people()).isEqualTo(2);
        assertThat(totals.onSiteNow()).isEqualTo(1);
        assertThat(totals.perEmployer()).containsExactly(java.util.Map.entry(Fixtures.BUILDER.name(), 2));
        assertThat(totals.perStatus()).containsExactly(java.util.Map.entry(AttendanceStatus.REGISTERED, 2));
    }

    @Test
    void theOnSiteListIsInRollCallOrderWithMaskedNumbersOnly() {
        List<PersonDay> day = cleaningDay(at("12:00"), in(KARIMA, "07:00"), in(BOGDAN, "07:30"));
        List<OnSiteNow> list = OnSiteNow.of(day);
        assertThat(list).extracting(OnSiteNow::name).containsExactly("Bogdan Nowak", "Karima El Idrissi");
        assertThat(list).extracting(OnSiteNow::maskedNumber).allSatisfy(n -> assertThat(n).contains("***"));
        assertThat(list.get(1).since()).isEqualTo(at("07:00"));
    }

    @Test
    void theRecentWorkingDaysSkipTheWeekend() {
        LocalDate wednesday = LocalDate.of(2026, 11, 25);
        assertThat(RecentWorkingDays.before(wednesday)).containsExactly(LocalDate.of(2026, 11, 24),
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 19),
                LocalDate.of(2026, 11, 18));
        assertThat(RecentWorkingDays.before(wednesday)).noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY
                || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        assertThat(RecentWorkingDays.before(LocalDate.of(2026, 11, 29), 1)).containsExactly(LocalDate.of(2026, 11, 27));
    }
}
