package be.sitegate.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Correction;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.Corrections;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What the foreman's list does for the corrections (issue 14): a tapped line hands over the records
 * behind it, "register on behalf" is offered in Checkinatwork only, and a corrected line says what was
 * done, when and by whom.
 */
class AttendanceCorrectionsTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate MONDAY = Fixtures.MONDAY;
    private static final Instant SEVEN = Instant.parse("2026-11-23T06:00:00Z");

    private final List<AttendanceViewModel.Chosen> chosen = new ArrayList<>();
    private final AtomicInteger onBehalf = new AtomicInteger();
    private final AttendanceViewModel vm = new AttendanceViewModel(BRUSSELS, () -> SEVEN, () -> { }, () -> { },
            Runnable::run, new AttendanceViewModel.CorrectionHooks(chosen::add, onBehalf::incrementAndGet, true));

    private static Registration accepted() {
        return new Registration(new ClientReference("SGR1"), Fixtures.CIAW_SITE, WorkerId.of(Fixtures.WORKER),
                Optional.of(Fixtures.BUILDER.enterpriseNumber()), MONDAY, SEVEN, IdentificationMethod.EID_CARD,
                Optional.of("Jan Peeters"), Delivery.accepted("42", List.of(), SEVEN));
    }

    private static Correction withdrawn(Registration r) {
        return new Correction(Instant.parse("2026-11-23T09:42:00Z"), Corrections.PIN_HOLDER + "jdevos",
                Correction.Kind.CANCEL, r.reference(), Fixtures.CIAW_SITE, MONDAY, Optional.of("HOLIDAY"),
                Correction.Outcome.DONE, Optional.empty());
    }

    @Test
    void aTappedLineHandsOverTheRecordsBehindIt() {
        Registration r = accepted();
        vm.show(new AttendanceDay(Fixtures.construction().workplace(), MONDAY, List.of(r), List.of(),
                AttendanceLog.NeedingAttention.NONE, List.of()));

        vm.onChoose(vm.rows().get(0));

        assertThat(chosen).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("Jan Peeters");
            assertThat(c.number()).isEqualTo("**.**.**-***.28");
            assertThat(c.registrations()).containsExactly(r);
            assertThat(c.earlier()).isFalse();
        });
        assertThat(vm.whoIs(r.reference())).contains("Jan Peeters");
    }

    @Test
    void aWithdrawnLineSaysSoAfterItsReceipt() {
        Registration r = accepted();
        vm.show(new AttendanceDay(Fixtures.construction().workplace(), MONDAY, List.of(r), List.of(),
                AttendanceLog.NeedingAttention.NONE, List.of(), List.of(withdrawn(r))));

        assertThat(vm.rows().get(0).status()).isEqualTo(Msg.of("corrections.note.withStatus",
                Msg.of("attendance.status.accepted", "42"),
                Msg.of("corrections.note.CANCEL.DONE", "10:42", Msg.of("corrections.actor.pin", "jdevos"),
                        Msg.of("corrections.reason.HOLIDAY"))));
    }

    @Test
    void registeringOnBehalfIsOfferedInCheckinatworkOnly() {
        vm.show(new AttendanceDay(Fixtures.construction().workplace(), MONDAY, List.of(), List.of(),
                AttendanceLog.NeedingAttention.NONE, List.of()));
        assertThat(vm.onBehalfShownProperty().get()).isTrue();
        vm.onRegisterOnBehalf();
        assertThat(onBehalf).hasValue(1);

        vm.show(new AttendanceDay(Fixtures.cleaning().workplace(), MONDAY, List.of(), List.of(),
                AttendanceLog.NeedingAttention.NONE, List.of()));
        assertThat(vm.onBehalfShownProperty().get()).as("in Check In and Out at Work workers register themselves")
                .isFalse();
        vm.onRegisterOnBehalf();
        assertThat(onBehalf).hasValue(1);
    }

    @Test
    void withoutCorrectionsTheListOffersNone() {
        AttendanceViewModel plain = new AttendanceViewModel(BRUSSELS, () -> { });
        plain.show(new AttendanceDay(Fixtures.construction().workplace(), MONDAY, List.of(accepted()), List.of(),
                AttendanceLog.NeedingAttention.NONE, List.of()));
        assertThat(plain.onBehalfShownProperty().get()).isFalse();
        plain.onChoose(plain.rows().get(0)); // nothing to hand over to, nothing happens
    }
}
