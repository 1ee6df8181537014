package be.sitegate.ui.attendance;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.Workplace;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.AttendanceStatus;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.testkit.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The foreman's list with 2,000 people, without the screen: building the lines of the day (the list
 * opened, or a batch of answers), and each keystroke or filter tap on the derived lines. Run with
 * {@code .ci/bench attendance [rounds]}. Not a test: no assertion on time.
 */
public final class AttendanceBenchmark {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate DAY = Fixtures.MONDAY;
    private static final int PEOPLE = 2_000;
    private static final String[] FIRST = {"Jan", "Piet", "Ioana", "Bogdan", "Karima", "Luc", "Ana", "Marek"};
    private static final String[] LAST = {"Peeters", "Janssens", "Popescu", "Nowak", "El Idrissi", "Maes", "Silva"};

    private AttendanceBenchmark() {
    }

    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        System.out.printf("cores=%d java=%s people=%d rounds=%d%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), PEOPLE, rounds);
        Workplace site = workplace(Fixtures.construction().workplace(), 10);
        Workplace cleaning = workplace(Fixtures.cleaning().workplace(), 10);
        List<Registration> registrations = registrations(site);
        List<PresenceEvent> events = events(cleaning);
        Instant noon = DAY.atTime(12, 0).atZone(BRUSSELS).toInstant();
        AttendanceViewModel vm = new AttendanceViewModel(BRUSSELS, () -> noon, () -> { }, () -> { }, Runnable::run);
        AttendanceDay ciaw = new AttendanceDay(site, DAY, registrations, List.of(), AttendanceLog.NeedingAttention.NONE,
                List.of());
        AttendanceDay ciaow = new AttendanceDay(cleaning, DAY, List.of(), events, AttendanceLog.NeedingAttention.NONE,
                List.of());

        report("derive, Checkinatwork (2,000 registrations)", rounds, i -> vm.show(ciaw));
        report("derive, Check In and Out (2,000 people, 8,000 events)", rounds, i -> vm.show(ciaow));
        Registration someone = registrations.get(PEOPLE / 2);
        vm.show(ciaw);
        report("one answer arrives (re-derive, Checkinatwork)", rounds, i -> vm.onUpdate(new DeliveryUpdates.Update(
                someone.reference(), Delivery.accepted("R" + i, List.of(), noon))));
        String[] keystrokes = {"p", "pe", "pee", "peet", "8", "85", "850", "8507", "", "ioana", ""};
        report("search keystroke (filter 2,000 lines)", rounds, i -> {
            for (String k : keystrokes) {
                vm.searchProperty().set(k);
            }
        }, keystrokes.length);
        report("employer or status tap (filter 2,000 lines)", rounds, i -> {
            vm.onEmployer(site.companies().get(i % site.companies().size()).name());
            vm.onStatus(AttendanceStatus.values()[i % AttendanceStatus.values().length]);
            vm.onEmployer(null);
            vm.onStatus(null);
        }, 4);
    }

    private static void report(String what, int rounds, Consumer<Integer> action) {
        report(what, rounds, action, 1);
    }

    /** Times {@code action} {@code rounds} times after 20 warm-up runs (JIT); {@code per} operations per run. */
    private static void report(String what, int rounds, Consumer<Integer> action, int per) {
        for (int i = 0; i < 20; i++) {
            action.accept(i);
        }
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            action.accept(i);
            nanos.add((System.nanoTime() - t0) / per);
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        double p99 = sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * 0.99) - 1)) / 1e6;
        System.out.printf("%-55s median %7.2f ms  p99 %7.2f ms  max %7.2f ms%n", what,
                sorted.get(sorted.size() / 2) / 1e6, p99, sorted.get(sorted.size() - 1) / 1e6);
    }

    /** The fixture's declaration with {@code extra} subcontractors more. */
    private static Workplace workplace(Workplace base, int extra) {
        List<Company> companies = new ArrayList<>(base.companies());
        for (int i = 0; i < extra; i++) {
            long first8 = 5_000_000L + 4_321L * (i + 1);
            companies.add(new Company(EnterpriseNumber.parse(String.format("%08d%02d", first8, 97 - first8 % 97)),
                    "Subcontractor " + (char) ('A' + i)));
        }
        return new Workplace(base.id(), base.address(), base.sector(), base.mode(), companies);
    }

    private static String name(int i) {
        return FIRST[i % FIRST.length] + " " + LAST[i / FIRST.length % LAST.length] + " " + i;
    }

    private static Instant at(int minutes) {
        return DAY.atTime(6, 0).plusMinutes(minutes).atZone(BRUSSELS).toInstant();
    }

    private static List<Registration> registrations(Workplace site) {
        List<Registration> out = new ArrayList<>(PEOPLE);
        for (int i = 0; i < PEOPLE; i++) {
            Instant at = at(i % 180);
            Delivery d = i % 10 == 0 ? Delivery.pending(at) : Delivery.accepted(String.valueOf(100_000 + i), List.of(), at);
            out.add(new Registration(new ClientReference("SGR" + i), site.id(), Fixtures.worker(i),
                    Optional.of(site.companies().get(i % site.companies().size()).enterpriseNumber()), DAY, at,
                    i % 7 == 0 ? IdentificationMethod.CENTRAL_SEARCH : IdentificationMethod.EID_CARD,
                    Optional.of(name(i)), d));
        }
        return out;
    }

    /** Each person: in, out for a break, in again, and half of them out at the end of work. */
    private static List<PresenceEvent> events(Workplace site) {
        List<PresenceEvent> out = new ArrayList<>(PEOPLE * 4);
        for (int i = 0; i < PEOPLE; i++) {
            int start = i % 120;
            Optional<EnterpriseNumber> employer = Optional.of(site.companies().get(i % site.companies().size())
                    .enterpriseNumber());
            out.add(event(site, i, 0, employer, Direction.IN, null, at(start)));
            out.add(event(site, i, 1, employer, Direction.OUT, OutReason.BREAK, at(start + 180)));
            out.add(event(site, i, 2, employer, Direction.IN, null, at(start + 200)));
            if (i % 2 == 0) {
                out.add(event(site, i, 3, employer, Direction.OUT, OutReason.END_OF_WORK, at(start + 330)));
            }
        }
        return out;
    }

    private static PresenceEvent event(Workplace site, int person, int n, Optional<EnterpriseNumber> employer,
            Direction direction, OutReason reason, Instant at) {
        return new PresenceEvent(new ClientReference("SGE" + person + "x" + n), site.id(), Fixtures.worker(person),
                employer, direction, Optional.ofNullable(reason), at, IdentificationMethod.EID_CARD,
                Optional.of(name(person)), Delivery.accepted(person + "-" + n, List.of(), at));
    }
}
