package be.sitegate.ui.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.MissingWorker;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.AttendanceStatus;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.testkit.Fixtures;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The foreman's list: one line per person, the search, the filters, the tabs and live answers. */
class AttendanceViewModelTest {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate DAY = Fixtures.MONDAY;
    private static final WorkerId JAN = WorkerId.of(Fixtures.WORKER); // 85.07.30-033.28
    private static final WorkerId IOANA = WorkerId.of(Fixtures.OTHER_WORKER);
    private static final WorkerId BOGDAN = Fixtures.BOGDAN;

    private static Instant at(String time) {
        return DAY.atTime(LocalTime.parse(time)).atZone(BRUSSELS).toInstant();
    }

    private Instant now = at("12:00");
    private final AtomicInteger taps = new AtomicInteger();
    private final Queue<Runnable> later = new ArrayDeque<>();
    private final AttendanceViewModel vm = new AttendanceViewModel(BRUSSELS, () -> now, () -> { },
            taps::incrementAndGet, later::add);
    private int refs;

    private Registration registration(WorkerId who, String name, EnterpriseNumber employer, String time,
            IdentificationMethod method, Delivery delivery) {
        return new Registration(new ClientReference("SGR" + refs++), Fixtures.CIAW_SITE, who, Optional.of(employer), DAY,
                at(time), method, Optional.ofNullable(name), delivery);
    }

    private Registration registration(WorkerId who, String name, EnterpriseNumber employer, String time) {
        return registration(who, name, employer, time, IdentificationMethod.EID_CARD, Delivery.pending(at(time)));
    }

    private PresenceEvent event(WorkerId who, String name, Direction direction, OutReason reason, String time) {
        return new PresenceEvent(new ClientReference("SGE" + refs++), Fixtures.CIAOW_SITE, who,
                Optional.of(Fixtures.BUILDER_NUMBER), direction, Optional.ofNullable(reason), at(time),
                IdentificationMethod.EID_CARD, Optional.of(name), Delivery.accepted("1" + refs, List.of(), at(time)));
    }

    private void showConstruction(List<Registration> registrations, List<MissingWorker> missing) {
        vm.show(new AttendanceDay(Fixtures.construction().workplace(), DAY, registrations, List.of(),
                AttendanceLog.NeedingAttention.NONE, missing));
    }

    private List<Registration> threePeople() {
        Delivery refused = new Delivery(DeliveryStatus.REJECTED, 1, Optional.empty(),
                List.of(ServiceRemark.error("LIMOSA_NOT_KNOWN", "LIMOSA ID IS NOT KNOWN")), Optional.empty(), at("07:30"),
                Optional.empty());
        return List.of(
                registration(JAN, "Jan Peeters", Fixtures.ROOFER.enterpriseNumber(), "07:00"),
                registration(IOANA, "Ioana Popescu", Fixtures.BUILDER_NUMBER, "07:10", IdentificationMethod.EID_CARD,
                        refused),
                registration(BOGDAN, null, Fixtures.ROOFER.enterpriseNumber(), "07:20", IdentificationMethod.CENTRAL_SEARCH,
                        Delivery.accepted("777", List.of(), at("07:20"))));
    }

    @Test
    void eachLineSaysHowItsPersonIdentifiedSoAnInspectorCanWeighIt() {
        showConstruction(List.of(
                registration(JAN, "Jan Peeters", Fixtures.ROOFER.enterpriseNumber(), "07:00",
                        IdentificationMethod.EID_CHIP_PROVEN, Delivery.pending(at("07:00"))),
                registration(IOANA, "Ioana Popescu", Fixtures.BUILDER_NUMBER, "07:10", IdentificationMethod.BADGE,
                        Delivery.pending(at("07:10"))),
                registration(BOGDAN, "Bogdan Kowalczyk", Fixtures.BUILDER_NUMBER, "07:20",
                        IdentificationMethod.EID_CARD, Delivery.pending(at("07:20")))), List.of());
        assertThat(vm.rows()).extracting(AttendanceViewModel.Row::name, AttendanceViewModel.Row::identification)
                .containsExactlyInAnyOrder(
                        tuple("Jan Peeters", Msg.of("attendance.identification.EID_CHIP_PROVEN")),
                        tuple("Ioana Popescu", Msg.of("attendance.identification.BADGE")),
                        tuple("Bogdan Kowalczyk", Msg.of("attendance.identification.EID_CARD")));
    }

    @Nested
    class Search {

        @Test
        void typedDigitsFindTheFullNumberWhileTheLineShowsItMasked() {
            showConstruction(threePeople(), List.of());
            vm.searchProperty().set("850730");
            assertThat(vm.rows()).extracting(AttendanceViewModel.Row::name).containsExactly("Jan Peeters");
            assertThat(vm.rows().get(0).number()).isEqualTo("**.**.**-***.28").doesNotContain("03328");
            vm.searchProperty().set("033.28"); // the hidden digits, typed as printed on a card
            assertThat(vm.rows()).extracting(AttendanceViewModel.Row::name).containsExactly("Jan Peeters");
        }

        @Test
        void aNameIsFoundWithoutCaseOrAccents() {
            showConstruction(threePeople(), List.of());
            vm.searchProperty().set("ioANA");
            assertThat(vm.rows()).extracting(AttendanceViewModel.Row::name).containsExactly("Ioana Popescu");
            vm.searchProperty().set("  ");
            assertThat(vm.rows()).hasSize(3);
        }

        @Test
        void everyKeystrokeKeepsTheListOpen() {
            showConstruction(threePeople(), List.of());
            vm.searchProperty().set("J");
            vm.searchProperty().set("Ja");
            assertThat(taps).hasValue(2);
        }
    }

    @Nested
    class Filters {

        @Test
        void theStatusAndEmployerChoicesCarryTodaysTotals() {
            showConstruction(threePeople(), List.of());
            assertThat(vm.employers()).containsExactly(new AttendanceViewModel.Count<>(Fixtures.BUILDER.name(), 1),
                    new AttendanceViewModel.Count<>(Fixtures.ROOFER.name(), 2));
            assertThat(vm.statuses()).containsExactly(new AttendanceViewModel.Count<>(AttendanceStatus.REFUSED, 1),
                    new AttendanceViewModel.Count<>(AttendanceStatus.STORED, 1),
                    new AttendanceViewModel.Count<>(AttendanceStatus.REGISTERED, 1));
            assertThat(vm.summaryProperty().get()).isEqualTo(Msg.of("attendance.countAndToCheck", 3L, 1L));
        }

        @Test
        void employerAndStatusFiltersCombineWithTheSearch() {
            showConstruction(threePeople(), List.of());
            vm.onEmployer(Fixtures.ROOFER.name());
            assertThat(vm.rows()).hasSize(2);
            vm.onStatus(AttendanceStatus.REGISTERED);
            assertThat(vm.rows()).extracting(AttendanceViewModel.Row::status)
                    .containsExactly(Msg.of("attendance.status.accepted", "777"));
            assertThat(vm.rows().get(0).otherChannel()).isTrue();
            assertThat(vm.rows().get(0).identification()).isEqualTo(Msg.of("attendance.identification.CENTRAL_SEARCH"));
            vm.searchProperty().set("jan");
            assertThat(vm.rows()).isEmpty();
            vm.onStatus(null);
            assertThat(vm.rows()).extracting(AttendanceViewModel.Row::name).containsExactly("Jan Peeters");
        }

        @Test
        void aNewOpeningClearsTheFiltersOfTheLastForeman() {
            showConstruction(threePeople(), List.of());
            vm.onEmployer(Fixtures.ROOFER.name());
            vm.searchProperty().set("jan");
            int before = taps.get();
            showConstruction(threePeople(), List.of());
            assertThat(vm.rows()).hasSize(3);
            assertThat(vm.searchProperty().get()).isEmpty();
            assertThat(taps).as("clearing is not the foreman's activity").hasValue(before);
        }
    }

    @Nested
    class CheckInAndOut {

        private void showCleaning() {
            vm.show(new AttendanceDay(Fixtures.cleaning().workplace(), DAY, List.of(), List.of(
                    event(JAN, "Jan Peeters", Direction.IN, null, "07:00"),
                    event(JAN, "Jan Peeters", Direction.OUT, OutReason.BREAK, "10:00"),
                    event(JAN, "Jan Peeters", Direction.IN, null, "10:30"),
                    event(IOANA, "Ioana Popescu", Direction.IN, null, "06:00"),
                    event(IOANA, "Ioana Popescu", Direction.OUT, OutReason.END_OF_WORK, "10:00")),
                    AttendanceLog.NeedingAttention.NONE, List.of()));
        }

        @Test
        void onePersonPerLineWithTheirShiftNewestActivityFirst() {
            showCleaning();
            assertThat(vm.rows()).extracting(AttendanceViewModel.Row::name).containsExactly("Jan Peeters", "Ioana Popescu");
            AttendanceViewModel.Row jan = vm.rows().get(0);
            assertThat(jan.firstIn()).isEqualTo("07:00");
            assertThat(jan.lastOut()).isEmpty();
            assertThat(jan.breaks()).isEqualTo("1 · 0:30");
            assertThat(jan.onSite()).isEqualTo("4:30");
            assertThat(jan.presence()).isEqualTo(Msg.of("attendance.presence.ON_SITE"));
            AttendanceViewModel.Row ioana = vm.rows().get(1);
            assertThat(ioana.lastOut()).isEqualTo("10:00");
            assertThat(ioana.onSite()).isEqualTo("4:00");
            assertThat(ioana.presence()).isEqualTo(Msg.of("attendance.presence.LEFT"));
            assertThat(ioana.breaks()).isEmpty();
        }

        @Test
        void theOnSiteTabShowsOnlyWhoseLastEventIsInAndTheExportGetsTheSameList() {
            showCleaning();
            assertThat(vm.onSiteLabelProperty().get()).isEqualTo(Msg.of("attendance.tab.onSite", 1));
            vm.onTab(AttendanceViewModel.Tab.ON_SITE);
            assertThat(vm.rows()).extracting(AttendanceViewModel.Row::name).containsExactly("Jan Peeters");
            assertThat(vm.onSiteNow()).extracting(be.sitegate.kiosk.OnSiteNow::name).containsExactly("Jan Peeters");
            vm.onTab(AttendanceViewModel.Tab.TODAY);
            assertThat(vm.rows()).hasSize(2);
        }

        @Test
        void inCheckinatworkEveryoneRegisteredTodayIsOnSite() {
            showConstruction(threePeople(), List.of());
            vm.onTab(AttendanceViewModel.Tab.ON_SITE);
            assertThat(vm.rows()).hasSize(3);
            assertThat(vm.onSiteNow()).hasSize(3);
        }
    }

    @Nested
    class LiveUpdates {

        @Test
        void aReceiptShowsOnItsLineAndAnswersArrivingTogetherAreDerivedOnce() {
            List<Registration> day = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                day.add(registration(Fixtures.worker(i), "Worker " + i, Fixtures.ROOFER.enterpriseNumber(), "07:00"));
            }
            showConstruction(day, List.of());
            vm.onStatus(AttendanceStatus.REGISTERED);
            assertThat(vm.rows()).isEmpty();

            for (Registration r : day) {
                vm.onUpdate(new DeliveryUpdates.Update(r.reference(), Delivery.accepted("R" + r.reference().value(),
                        List.of(), at("07:01"))));
            }
            assertThat(later).as("one derivation queued for the fifty answers").hasSize(1);
            later.poll().run();

            assertThat(vm.rows()).hasSize(50);
            assertThat(vm.statuses()).containsExactly(new AttendanceViewModel.Count<>(AttendanceStatus.REGISTERED, 50));
        }

        @Test
        void anAnswerForARecordNotOnTheListChangesNothing() {
            showConstruction(threePeople(), List.of());
            vm.onUpdate(new DeliveryUpdates.Update(new ClientReference("SGELSEWHERE"), Delivery.pending(now)));
            assertThat(later).isEmpty();
        }

        @Test
        void aCleanersTimeOnSiteIsCountedAgainWhenAnAnswerArrives() {
            PresenceEvent in = event(JAN, "Jan Peeters", Direction.IN, null, "07:00");
            vm.show(new AttendanceDay(Fixtures.cleaning().workplace(), DAY, List.of(), List.of(in),
                    AttendanceLog.NeedingAttention.NONE, List.of()));
            now = at("13:15");
            vm.onUpdate(new DeliveryUpdates.Update(in.reference(), Delivery.accepted("9", List.of(), now)));
            later.poll().run();
            assertThat(vm.rows().get(0).onSite()).isEqualTo("6:15");
            assertThat(vm.rows().get(0).status()).isEqualTo(Msg.of("attendance.status.accepted", "9"));
        }
    }

    @Nested
    class Missing {

        @Test
        void whoIsMissingHasItsOwnTabSearchedAndFilteredLikeToday() {
            showConstruction(threePeople(), List.of(
                    new MissingWorker(WorkerId.of(Fixtures.OTHER_WORKER), Optional.of("Ioana Popescu"),
                            Optional.of(Fixtures.BUILDER_NUMBER), DAY.minusDays(3), 2),
                    new MissingWorker(Fixtures.worker(3), Optional.of("Piet Maes"),
                            Optional.of(Fixtures.ROOFER.enterpriseNumber()), DAY.minusDays(1), 1)));
            assertThat(vm.missingLabelProperty().get()).isEqualTo(Msg.of("attendance.tab.missing", 2));
            vm.onTab(AttendanceViewModel.Tab.MISSING);
            assertThat(vm.missingRows()).extracting(AttendanceViewModel.MissingRow::lastDay).containsExactly("20/11", "22/11");
            assertThat(vm.missingRows().get(0).number()).contains("***");
            vm.onEmployer(Fixtures.ROOFER.name());
            assertThat(vm.missingRows()).extracting(AttendanceViewModel.MissingRow::name).containsExactly("Piet Maes");
            vm.onEmployer(null);
            vm.searchProperty().set("popescu");
            assertThat(vm.missingRows()).extracting(AttendanceViewModel.MissingRow::name).containsExactly("Ioana Popescu");
        }
    }
}
