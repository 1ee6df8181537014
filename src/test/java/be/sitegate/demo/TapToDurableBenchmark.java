package be.sitegate.demo;

import be.sitegate.app.KioskAssembly;
import be.sitegate.bench.Latencies;
import be.sitegate.bench.MachineLoad;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CardEvents;
import be.sitegate.kiosk.CardIdentity;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.virtualcard.VirtualCardProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issue 17 point 1: a worker's identity known -> their registration durable, over the kiosk's
 * service layer as {@code kiosk --demo} assembles it (the in-process virtual card read by the real
 * card code through the card monitor, the simulator over loopback HTTPS, a real SQLite file), for
 * card, typed and Limosa registrations of workers the service knows and does not know, each sample
 * alternating with the floor: a bare one-row insert and commit (WAL, synchronous=FULL) in a separate
 * SQLite file in the same folder. Once with {@code central.offers=employer-lookup,search} (the
 * demanding case: a look-up runs beside every national-number tap) and once with the default (none).
 *
 * <p>Every registration needs a worker who is not registered yet that day, so each round is a day
 * of its own (the kiosk's and the simulator's clock moved on a day, the kiosk opened again outside
 * the timing); the first {@link #WARM_UP_DAYS} are not counted (first visits are asked their employer
 * there, and the JIT warms up). Between samples the previous registration's receipt is awaited, as
 * workers arrive seconds apart. A typed number is identified the instant its last digit is in (the
 * keypad starts the look-up then), the worst case for the look-up. Run {@code .ci/bench tap [days]}.
 * Not a test: no assertion on time.
 */
public final class TapToDurableBenchmark {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final int WARM_UP_DAYS = 2;
    /** Cards whose holder the demo seed employs on the Gent site, and cards of people it does not. */
    private static final List<String> KNOWN_CARDS = List.of("rsa-17", "ec-18");
    private static final List<String> UNKNOWN_CARDS = List.of("bis", "accents");
    private static final List<String> KNOWN_TYPED = List.of("90021214541", "92092306477", "03040512242",
            "02091104748");
    /** Employed by companies that are not on the Gent declaration. */
    private static final List<String> UNKNOWN_TYPED = List.of("88010115125", "75061731813", "99082820919",
            "82020517652");
    private static final List<String> LIMOSA = List.of("23456789012345678", "34567890123456789");

    private TapToDurableBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int days = args.length > 0 ? Integer.parseInt(args[0]) : 100 + WARM_UP_DAYS;
        System.out.println("machine at the start: " + MachineLoad.describe());
        System.out.println();
        String lookup = run("central.offers=employer-lookup,search", Map.of("central.offers", "employer-lookup,search"),
                days);
        String none = run("central.offers= (the default: none)", Map.of(), days);
        System.out.println(lookup);
        System.out.println(none);
        System.out.println("machine at the end: " + MachineLoad.describe());
    }

    private static String run(String title, Map<String, String> settings, int days) throws Exception {
        Path dir = Files.createTempDirectory("sitegate-tap");
        MovableClock clock = new MovableClock();
        DemoEnvironment demo = DemoEnvironment.start(KioskConfig.of(settings, Map.of()), dir, clock);
        Map<String, Latencies> cases = new LinkedHashMap<>();
        for (String name : List.of("card, known to the service", "card, not known to the service",
                "typed, known to the service", "typed, not known to the service", "Limosa number")) {
            cases.put(name, new Latencies(name));
        }
        Latencies floor = new Latencies("floor: bare one-row commit, same disk");
        AtomicLong asked = new AtomicLong();
        BlockingQueue<CardIdentity> cards = new LinkedBlockingQueue<>();
        BlockingQueue<Boolean> removed = new LinkedBlockingQueue<>();
        BlockingQueue<DeliveryUpdates.Update> deliveries = new LinkedBlockingQueue<>();
        try (KioskAssembly kiosk = KioskAssembly.start(demo.environment(), clock);
             Floor bare = new Floor(dir.resolve("floor.db"))) {
            kiosk.cardEvents().subscribe(new CardEvents.Listener() {
                @Override
                public void cardRead(CardIdentity identity) {
                    cards.add(identity);
                }

                @Override
                public void cardRemoved() {
                    removed.add(true);
                }
            });
            kiosk.deliveries().subscribe(deliveries::add);
            LocalDate first = LocalDate.now(BelgianTime.ZONE).plusDays(1);
            for (int day = 0; day < days; day++) {
                clock.moveTo(first.plusDays(day).atTime(LocalTime.of(7, 0)).atZone(BelgianTime.ZONE).toInstant());
                kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                        DemoEnvironment.SIGN_IN.password().toCharArray(), GENT);
                boolean counted = day >= WARM_UP_DAYS;
                Tap tap = new Tap(kiosk, bare, floor, deliveries, asked, counted);
                for (String card : KNOWN_CARDS) {
                    tap.card(card, cards, removed, demo, cases.get("card, known to the service"));
                }
                for (String card : UNKNOWN_CARDS) {
                    tap.card(card, cards, removed, demo, cases.get("card, not known to the service"));
                }
                for (String number : KNOWN_TYPED) {
                    tap.typed(number, cases.get("typed, known to the service"));
                }
                for (String number : UNKNOWN_TYPED) {
                    tap.typed(number, cases.get("typed, not known to the service"));
                }
                for (String number : LIMOSA) {
                    tap.limosa(number, cases.get("Limosa number"));
                }
            }
        } finally {
            demo.simulator().close();
        }
        StringBuilder out = new StringBuilder();
        out.append("### ").append(title).append('\n');
        out.append(String.format(Locale.ROOT, "%d days counted (%d warm-up days not), %d taps asked their employer "
                + "(first visits, warm-up days)%n%n", days - WARM_UP_DAYS, WARM_UP_DAYS, asked.get()));
        String[] header = Latencies.header().split("\n");
        out.append(header[0]).append(" p99 / floor p99 |\n").append(header[1]).append(" ---: |\n");
        for (Latencies l : cases.values()) {
            out.append(l.row()).append(String.format(Locale.ROOT, " %.1f |", l.p99Ratio(floor))).append('\n');
        }
        out.append(floor.row()).append(" 1.0 |\n");
        return out.toString();
    }

    /** One tap of each kind, preceded by one floor sample; waits for the receipt so taps do not overlap. */
    private record Tap(KioskAssembly kiosk, Floor bare, Latencies floor, BlockingQueue<DeliveryUpdates.Update> deliveries,
            AtomicLong asked, boolean counted) {

        void card(String profile, BlockingQueue<CardIdentity> cards, BlockingQueue<Boolean> removed,
                DemoEnvironment demo, Latencies into) throws Exception {
            // The card monitor reads it; the kiosk starts the look-up as soon as the identity file is in.
            demo.reader().terminal().insert(VirtualCardProfiles.named(profile));
            CardIdentity identity = cards.poll(30, TimeUnit.SECONDS);
            if (identity == null) {
                throw new IllegalStateException(profile + ": no card read");
            }
            sampleFloor();
            identify(new Worker(WorkerId.of(identity.inss()), IdentificationMethod.EID_CARD,
                    Optional.of(identity.displayName())), into);
            demo.reader().remove();
            removed.poll(30, TimeUnit.SECONDS);
        }

        void typed(String number, Latencies into) throws Exception {
            sampleFloor();
            WorkerId id = WorkerId.of(Inss.parse(number));
            kiosk.registration().lookUpEarly(id); // the keypad's eleventh digit
            identify(Worker.typed(id, IdentificationMethod.TYPED_NATIONAL_NUMBER), into);
        }

        void limosa(String number, Latencies into) throws Exception {
            sampleFloor();
            identify(Worker.typed(WorkerId.of(LimosaId.parse(number)), IdentificationMethod.TYPED_LIMOSA), into);
        }

        private void sampleFloor() throws Exception {
            long t0 = System.nanoTime();
            bare.commitOneRow();
            long t1 = System.nanoTime();
            if (counted) {
                floor.add(t1 - t0);
            }
        }

        private void identify(Worker worker, Latencies into) throws Exception {
            long t0 = System.nanoTime();
            RegistrationStep step = kiosk.registration().identify(worker);
            long t1 = System.nanoTime();
            if (step instanceof RegistrationStep.ChooseEmployer choose) {
                // A first visit: the worker is asked (not a sample); the builder stands in for their pick.
                asked.incrementAndGet();
                step = kiosk.registration().chooseEmployer(choose, choose.companies().get(0));
            } else if (counted) {
                into.add(t1 - t0);
            }
            if (!(step instanceof RegistrationStep.Registered done)) {
                throw new IllegalStateException(worker.id().masked() + ": " + step);
            }
            awaitReceipt(done);
        }

        private void awaitReceipt(RegistrationStep.Registered done) throws InterruptedException {
            DeliveryUpdates.Update update;
            do {
                update = deliveries.poll(30, TimeUnit.SECONDS);
            } while (update != null && (!update.reference().equals(done.registration().reference())
                    || update.delivery().status() != DeliveryStatus.ACCEPTED));
            if (update == null) {
                throw new IllegalStateException("no receipt for " + done.registration().reference());
            }
        }
    }

    /** The floor: the cheapest durable write there is on this disk, one row in a file of its own. */
    private static final class Floor implements AutoCloseable {
        private final Connection db;
        private final PreparedStatement insert;
        private long row;

        Floor(Path file) throws Exception {
            db = DriverManager.getConnection("jdbc:sqlite:" + file);
            try (Statement s = db.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=FULL");
                s.execute("CREATE TABLE IF NOT EXISTS floor (id INTEGER PRIMARY KEY, at INTEGER NOT NULL)");
            }
            insert = db.prepareStatement("INSERT INTO floor (id, at) VALUES (?, ?)");
        }

        /** In autocommit: the insert is its own transaction, committed with an fsync before it returns. */
        void commitOneRow() throws Exception {
            insert.setLong(1, ++row);
            insert.setLong(2, System.currentTimeMillis());
            insert.executeUpdate();
        }

        @Override
        public void close() throws Exception {
            insert.close();
            db.close();
        }
    }

    /** The system clock moved to another day, so every round has workers not registered yet. */
    private static final class MovableClock extends Clock {
        private final AtomicLong offsetMillis = new AtomicLong();

        void moveTo(Instant at) {
            offsetMillis.set(at.toEpochMilli() - System.currentTimeMillis());
        }

        @Override
        public ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            MovableClock self = this;
            return new Clock() {
                @Override
                public ZoneId getZone() {
                    return zone;
                }

                @Override
                public Clock withZone(ZoneId other) {
                    return self.withZone(other);
                }

                @Override
                public Instant instant() {
                    return self.instant();
                }
            };
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(System.currentTimeMillis() + offsetMillis.get());
        }
    }
}
