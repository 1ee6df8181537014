package be.sitegate.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The foreman's list counts, and lists first, what yesterday left that someone must look at. */
class AttendanceNeedingAttentionTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final AttendanceViewModel vm = new AttendanceViewModel(BRUSSELS, () -> { });

    private static Registration registration(String ref, LocalDate day, Instant at, Delivery delivery) {
        return new Registration(new ClientReference(ref), Fixtures.CIAW_SITE, WorkerId.of(Fixtures.WORKER),
                Optional.of(Fixtures.BUILDER.enterpriseNumber()), day, at, IdentificationMethod.EID_CARD,
                Optional.of("Jan Peeters"), delivery);
    }

    private static Delivery expired() {
        return new Delivery(DeliveryStatus.EXPIRED, 40, Optional.empty(), List.of(), Optional.of("NOT_SENT_IN_TIME"),
                Instant.EPOCH, Optional.empty());
    }

    @Test
    void aRegistrationNotSentInTimeYesterdayIsListedFirstWithItsDateAndCounted() {
        Instant yesterday = Instant.parse("2026-11-23T15:40:00Z");
        Instant today = Instant.parse("2026-11-24T06:05:00Z");
        Registration late = registration("SGLATE", MONDAY, yesterday, expired());
        Registration now = registration("SGNOW", MONDAY.plusDays(1), today, Delivery.accepted("42", List.of(), today));

        vm.show(new AttendanceDay(Fixtures.construction().workplace(), MONDAY.plusDays(1), List.of(now), List.of(),
                new AttendanceLog.NeedingAttention(List.of(late), List.of()), List.of()));

        assertThat(vm.rows()).extracting(AttendanceViewModel.Row::time).containsExactly("23/11 16:40", "07:05");
        assertThat(vm.rows().get(0).status()).isEqualTo(Msg.of("attendance.status.expired"));
        assertThat(vm.summaryProperty().get()).isEqualTo(Msg.of("attendance.countAndToCheck", 1L, 1L));
    }

    @Test
    void withNothingToCheckTheSummaryOnlyCountsPeople() {
        Instant today = Instant.parse("2026-11-24T06:05:00Z");
        vm.show(new AttendanceDay(Fixtures.construction().workplace(), MONDAY.plusDays(1),
                List.of(registration("SGNOW", MONDAY.plusDays(1), today, Delivery.pending(today))), List.of(),
                AttendanceLog.NeedingAttention.NONE, List.of()));
        assertThat(vm.summaryProperty().get()).isEqualTo(Msg.of("attendance.count", 1L));
    }
}
