package be.sitegate.ui.attendance;

import be.sitegate.app.StoreAttendanceLog;
import be.sitegate.bench.Latencies;
import be.sitegate.bench.MachineLoad;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.Workplace;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.AttendanceStatus;
import be.sitegate.kiosk.RecentWorkingDays;
import be.sitegate.store.DeliveryOutcome;
import be.sitegate.store.KioskStore;
import be.sitegate.store.NewPresenceEvent;
import be.sitegate.store.NewRegistration;
import be.sitegate.testkit.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * B5, the foreman's list with 2,000 people today, through the real store and the real view model:
 * <em>open</em> is what {@code AttendanceOpening} does when the foreman taps the list (the day's
 * records, the other channels' presences, what needs a look and who is missing, read from a real
 * SQLite file; then the view model derives every line, total and tab), and <em>filter</em> is one
 * search keystroke or one employer or status tap on the opened list. The store holds the four
 * working days before too (2,000 a day), so "missing" and the indexes work as on a busy site. Run
 * with {@code .ci/bench attendance [opens] [filters]}. Not a test: no assertion on time.
 */
public final class AttendanceBenchmark {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");
    private static final LocalDate TODAY = Fixtures.MONDAY;
    private static final Instant NOON = TODAY.atTime(12, 0).atZone(BRUSSELS).toInstant();
    private static final int PEOPLE = 2_000;
    private static final String[] FIRST = {"Jan", "Piet", "Ioana", "Bogdan", "Karima", "Luc", "Ana", "Marek"};
    private static final String[] LAST = {"Peeters", "Janssens", "Popescu", "Nowak", "El Idrissi", "Maes", "Silva"};

    private AttendanceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int opens = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        int filters = args.length > 1 ? Integer.parseInt(args[1]) : 400;
        Workplace site = workplace(Fixtures.construction().workplace(), 10);
        Workplace cleaning = workplace(Fixtures.cleaning().workplace(), 10);
        Path dir = Files.createTempDirectory("sitegate-attendance-bench");
        long t0 = System.nanoTime();
        try (KioskStore store = KioskStore.open(dir.resolve("kiosk.db"), Clock.fixed(NOON, ZoneOffset.UTC))) {
            fill(store, site, cleaning);
            System.out.printf("store filled in %.1f s (%s)%n", (System.nanoTime() - t0) / 1e9, dir);
            AttendanceLog log = new StoreAttendanceLog(store, () -> { });
            System.out.println("machine: " + MachineLoad.describe());
            System.out.printf("%d opens (the first one, cold, on its own row), %d filter samples each%n%n", opens, filters);
            System.out.println(Latencies.header());
            for (Workplace w : List.of(site, cleaning)) {
                String what = w == site ? "Checkinatwork, 2,000 registrations" : "Check In and Out, 2,000 people, 7,000 events";
                AttendanceViewModel vm = new AttendanceViewModel(BRUSSELS, () -> NOON, () -> { }, () -> { }, Runnable::run);
                Latencies cold = new Latencies("open the list, the first time in the process (" + what + ")");
                Latencies open = new Latencies("open the list (" + what + ")");
                Latencies read = new Latencies("  of which: read the day from the store");
                Latencies derive = new Latencies("  of which: derive the lines (view model)");
                for (int i = 0; i <= opens; i++) {
                    long a = System.nanoTime();
                    AttendanceDay day = readDay(log, w);
                    long b = System.nanoTime();
                    vm.show(day);
                    long c = System.nanoTime();
                    if (vm.rows().isEmpty()) {
                        throw new IllegalStateException("no lines: " + what);
                    }
                    if (i == 0) {
                        cold.add(c - a);
                        continue;
                    }
                    open.add(c - a);
                    read.add(b - a);
                    derive.add(c - b);
                }
                Latencies keystroke = new Latencies("  one search keystroke (" + what + ")");
                String[] keys = {"p", "pe", "pee", "peet", "", "8", "85", "850", "8507", "", "i", "io", "ioa", "ioana", ""};
                for (int i = 0; i < filters; i++) {
                    String k = keys[i % keys.length];
                    keystroke.time(() -> vm.searchProperty().set(k));
                }
                vm.searchProperty().set("");
                Latencies tap = new Latencies("  one employer or status tap (" + what + ")");
                for (int i = 0; i < filters; i++) {
                    int n = i;
                    tap.time(() -> {
                        switch (n % 4) {
                            case 0 -> vm.onEmployer(w.companies().get(n / 4 % w.companies().size()).name());
                            case 1 -> vm.onStatus(AttendanceStatus.values()[n / 4 % AttendanceStatus.values().length]);
                            case 2 -> vm.onEmployer(null);
                            default -> vm.onStatus(null);
                        }
                    });
                }
                for (Latencies l : List.of(cold, open, read, derive, keystroke, tap)) {
                    if (l.count() > 0) {
                        System.out.println(l.row());
                    }
                }
            }
            System.out.println();
            System.out.println("machine after: " + MachineLoad.describe());
        }
    }

    /** Exactly the reads {@code AttendanceOpening.open} makes, then the day the view model is shown. */
    private static AttendanceDay readDay(AttendanceLog log, Workplace w) {
        return new AttendanceDay(w, TODAY, log.registrations(w.id(), TODAY), log.events(w.id(), TODAY),
                log.needingAttention(w.id()), log.missing(w.id(), TODAY));
    }

    /**
     * Checkinatwork: 2,000 people on each of the four working days before and today (one in ten still
     * waiting for the service, one in seven of today's from another channel, 50 of the earlier days'
     * people not back today); Check In and Out: 2,000 people today, in, break, back in, half of them out.
     */
    private static void fill(KioskStore store, Workplace site, Workplace cleaning) {
        List<LocalDate> days = new ArrayList<>(RecentWorkingDays.before(TODAY).subList(0, 4));
        days.add(TODAY);
        for (LocalDate day : days) {
            boolean today = day.equals(TODAY);
            List<DeliveryOutcome> outcomes = new ArrayList<>();
            List<CentralPresence> others = new ArrayList<>();
            for (int i = 0; i < PEOPLE; i++) {
                int person = today && i < 50 ? PEOPLE + i : i; // 50 of the earlier days' people are missing today
                Optional<EnterpriseNumber> employer = Optional.of(site.companies().get(person % site.companies().size())
                        .enterpriseNumber());
                Instant at = day.atTime(6, 0).plusMinutes(person % 180).atZone(BRUSSELS).toInstant();
                if (today && person % 7 == 0) {
                    others.add(new CentralPresence(String.valueOf(500_000 + person), site.id(), Fixtures.worker(person),
                            employer, day, Optional.empty(), Optional.of(at), "WEB", Optional.empty(), "ACCEPTED"));
                    continue;
                }
                ClientReference ref = new ClientReference("SGR" + day + "-" + person);
                store.registrations().register(new NewRegistration(ref, site.id(), Fixtures.worker(person), employer,
                        day, at, IdentificationMethod.EID_CARD, Optional.of(name(person))));
                if (person % 10 != 0) {
                    outcomes.add(new DeliveryOutcome.Accepted(ref, String.valueOf(100_000 + person), List.of(),
                            Optional.empty()));
                }
            }
            store.outbox().record(outcomes);
            if (today) {
                store.centralPresences().replaceDay(site.id(), day, others);
            }
        }
        List<DeliveryOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            int start = i % 120;
            Optional<EnterpriseNumber> employer = Optional.of(cleaning.companies().get(i % cleaning.companies().size())
                    .enterpriseNumber());
            outcomes.add(event(store, cleaning, i, 0, employer, Direction.IN, null, start));
            outcomes.add(event(store, cleaning, i, 1, employer, Direction.OUT, OutReason.BREAK, start + 180));
            outcomes.add(event(store, cleaning, i, 2, employer, Direction.IN, null, start + 200));
            if (i % 2 == 0) {
                outcomes.add(event(store, cleaning, i, 3, employer, Direction.OUT, OutReason.END_OF_WORK, start + 330));
            }
        }
        store.outbox().record(outcomes);
    }

    private static DeliveryOutcome event(KioskStore store, Workplace w, int person, int n,
            Optional<EnterpriseNumber> employer, Direction direction, OutReason reason, int minutes) {
        ClientReference ref = new ClientReference("SGE" + person + "x" + n);
        store.events().record(new NewPresenceEvent(ref, w.id(), Fixtures.worker(person), employer, direction,
                Optional.ofNullable(reason), TODAY.atTime(6, 0).plusMinutes(minutes).atZone(BRUSSELS).toInstant(),
                IdentificationMethod.EID_CARD, Optional.of(name(person))));
        return new DeliveryOutcome.Accepted(ref, person + "-" + n, List.of(), Optional.empty());
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
}
