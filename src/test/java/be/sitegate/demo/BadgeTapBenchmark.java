package be.sitegate.demo;

import be.sitegate.app.KioskAssembly;
import be.sitegate.bench.Latencies;
import be.sitegate.bench.MachineLoad;
import be.sitegate.card.BadgeReadResult;
import be.sitegate.card.BadgeReader;
import be.sitegate.card.EidReadResult;
import be.sitegate.card.EidReader;
import be.sitegate.card.EidReaderSettings;
import be.sitegate.card.PcscLibrary;
import be.sitegate.card.PcscTerminalSource;
import be.sitegate.card.realstack.PcscDaemon;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.BadgeEnrolment;
import be.sitegate.kiosk.BadgeTaps;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualBadge;
import be.sitegate.virtualcard.VirtualCard;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VpcdCardClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.smartcardio.CardTerminal;

/**
 * Issue 19.3: a badge on the reader to its holder's durable registration, against the full eID read,
 * both over the real PC/SC stack (JDK {@code javax.smartcardio} -> pcscd -> vpcd -> TCP -> the Java
 * virtual card or badge) and in the same process, interleaved sample by sample. The badge sample is
 * what the kiosk does for a tap: connect, the ATR, GET DATA for the UID ({@link BadgeReader}), the
 * link found by its keyed fingerprint and the registration committed by {@link BadgeTaps} over the
 * assembled kiosk's real SQLite store (the simulator then gets it over loopback HTTPS, awaited
 * between samples, outside the timing). The eID sample is one full verified read ({@link EidReader}).
 * Both cards are already in readers pcscd has seen: pcscd's own polling for a new card is the same
 * for both and left out. Every badge sample registers a worker not registered yet that day (the one
 * badge is linked to the next worker between samples).
 *
 * <p>The virtual eID answers at once; a real one takes tens of milliseconds per APDU (issue 19). A
 * second eID row gives the same read with the card waiting {@link #REAL_CARD_APDU} before each answer,
 * a model of a real card's speed, not a measurement of one. The badge's UID is answered by the reader.
 *
 * <pre>
 * flock /tmp/sitegate-pcsc.lock .ci/bench badge 200
 * </pre>
 * Not a test: no assertion on time.
 */
public final class BadgeTapBenchmark {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final int WARM_UP = 30;
    private static final Duration REAL_CARD_APDU = Duration.ofMillis(30);
    private static final int SLOW_RUNS = 40;

    private BadgeTapBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        PcscLibrary.configure();
        if (PcscDaemon.alreadyRunning()) {
            throw new IllegalStateException("a pcscd already runs; wait until it is gone (the benchmark starts its own)");
        }
        System.out.println("machine at the start: " + MachineLoad.describe());
        Path dir = Files.createTempDirectory("sitegate-badge-bench");
        PcscTerminalSource source = new PcscTerminalSource(); // a fresh JVM: no earlier PC/SC context to drop
        Latencies badge = new Latencies("badge: connect, GET DATA, link found, registration committed (durable)");
        Latencies badgeUid = new Latencies("of which the badge's UID (connect, ATR, GET DATA)");
        Latencies eid = new Latencies("eID: `EidReader.read`, full verified read (virtual card, answers at once)");
        Latencies slowEid = new Latencies("eID: the same read, the card taking " + REAL_CARD_APDU.toMillis()
                + " ms per APDU (a model of a real card)");
        DemoEnvironment demo = DemoEnvironment.start(KioskConfig.of(Map.of(), Map.of()), dir.resolve("kiosk"),
                Clock.systemUTC());
        try (PcscDaemon pcscd = PcscDaemon.start(dir.resolve("pcscd.log"));
                KioskAssembly kiosk = KioskAssembly.start(demo.environment(), Clock.systemUTC())) {
            kiosk.initialisation().initialise(DemoEnvironment.SIGN_IN.user(),
                    DemoEnvironment.SIGN_IN.password().toCharArray(), GENT);
            EnterpriseNumber builder = kiosk.session().require().workplace().companies().get(0).enterpriseNumber();
            java.util.concurrent.atomic.AtomicInteger waiting = new java.util.concurrent.atomic.AtomicInteger();
            kiosk.syncStatus().subscribe(status -> waiting.set(status.waiting()));
            CardTerminal contact = source.terminals().getTerminal("Virtual PCD 00 00");
            CardTerminal contactless = source.terminals().getTerminal("Virtual PCD 00 01");
            EidReader reader = new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot())));
            BadgeReader badges = new BadgeReader();
            VirtualBadge held = VirtualBadge.withUid("04a1b2c3d4e5f6");
            try (VpcdCardClient eidClient = hold(new BelpicCard(VirtualCardProfiles.named(VirtualCardProfiles.DEFAULT)),
                    VpcdCardClient.DEFAULT_PORT, contact);
                    VpcdCardClient badgeClient = hold(held, VpcdCardClient.DEFAULT_PORT + 1, contactless)) {
                for (int i = 0; i < runs + WARM_UP; i++) {
                    boolean counted = i >= WARM_UP;
                    long t0 = System.nanoTime();
                    EidReadResult read = reader.read(contact);
                    long t1 = System.nanoTime();
                    if (!(read instanceof EidReadResult.Success success)) {
                        throw new IllegalStateException("eID read failed: " + read);
                    }
                    success.session().close();
                    if (counted) {
                        eid.add(t1 - t0);
                    }
                    kiosk.badges().enrolment().link(uid(held), new BadgeEnrolment.ProvenWorker(worker(i),
                            "Worker " + i, Optional.of(builder)), Optional.empty());
                    long b0 = System.nanoTime();
                    BadgeReadResult result = badges.readIfBadge(contactless);
                    long b1 = System.nanoTime();
                    if (!(result instanceof BadgeReadResult.Read uid)) {
                        throw new IllegalStateException("badge not read: " + result);
                    }
                    BadgeTaps.Tap tap = kiosk.badges().taps().tap(uid.uid()).orElseThrow();
                    long b2 = System.nanoTime();
                    if (!(tap.step() instanceof RegistrationStep.Registered)) {
                        throw new IllegalStateException("badge tap did not register: " + tap.step());
                    }
                    if (counted) {
                        badge.add(b2 - b0);
                        badgeUid.add(b1 - b0);
                    }
                    awaitSent(waiting);
                }
            }
            try (VpcdCardClient slowClient = hold(new SlowCard(new BelpicCard(VirtualCardProfiles.named(
                    VirtualCardProfiles.DEFAULT)), REAL_CARD_APDU), VpcdCardClient.DEFAULT_PORT, contact)) {
                for (int i = 0; i < SLOW_RUNS + 3; i++) {
                    long t0 = System.nanoTime();
                    EidReadResult read = reader.read(contact);
                    long t1 = System.nanoTime();
                    if (read instanceof EidReadResult.Success success) {
                        success.session().close();
                        if (i >= 3) {
                            slowEid.add(t1 - t0);
                        }
                    }
                }
            }
        } finally {
            demo.simulator().close();
        }
        System.out.println();
        System.out.println(Latencies.header().split("\n")[0] + " eID p99 / badge p99 |");
        System.out.println(Latencies.header().split("\n")[1] + " ---: |");
        System.out.println(badge.row() + " |");
        System.out.println(badgeUid.row() + " |");
        System.out.println(eid.row() + String.format(Locale.ROOT, " %.1f |", eid.p99Millis() / badge.p99Millis()));
        System.out.println(slowEid.row()
                + String.format(Locale.ROOT, " %.1f |", slowEid.p99Millis() / badge.p99Millis()));
        System.out.println();
        System.out.println("machine at the end: " + MachineLoad.describe());
    }

    private static VpcdCardClient hold(VirtualCard card, int port, CardTerminal slot) throws Exception {
        VpcdCardClient client = new VpcdCardClient("127.0.0.1", port, card);
        client.insert();
        if (!slot.waitForCardPresent(10_000)) {
            throw new IllegalStateException(card.label() + " not seen by pcscd within 10 s");
        }
        return client;
    }

    private static be.sitegate.domain.BadgeUid uid(VirtualBadge badge) {
        return be.sitegate.domain.BadgeUid.of(badge.uid());
    }

    /** A national number per sample, born 1 January 1985: serials 1 to 998, the check digits computed. */
    private static Inss worker(int i) {
        String first9 = String.format(Locale.ROOT, "850101%03d", i % 998 + 1);
        return Inss.parse(first9 + String.format(Locale.ROOT, "%02d", 97 - Long.parseLong(first9) % 97));
    }

    /** The kiosk sends what the tap stored before the next worker comes, as workers arrive seconds apart. */
    private static void awaitSent(java.util.concurrent.atomic.AtomicInteger waiting) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Thread.sleep(5);
        while (System.nanoTime() < end && waiting.get() > 0) {
            Thread.sleep(5);
        }
    }

    /** A card that takes {@code perApdu} before each answer, as a real chip does. */
    private record SlowCard(VirtualCard card, Duration perApdu) implements VirtualCard {
        @Override
        public byte[] atr() {
            return card.atr();
        }

        @Override
        public void reset() {
            card.reset();
        }

        @Override
        public byte[] process(byte[] apdu) {
            try {
                Thread.sleep(perApdu.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return card.process(apdu);
        }

        @Override
        public String label() {
            return card.label() + " (slow)";
        }
    }
}
