package be.sitegate.card;

import be.sitegate.bench.FloorPace;
import be.sitegate.bench.Latencies;
import be.sitegate.bench.MachineLoad;
import be.sitegate.card.realstack.PcscDaemon;
import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import be.sitegate.virtualcard.VpcdCardClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.Locale;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;

/**
 * B2: one full verified read of the default virtual card through the real stack (JDK
 * {@code javax.smartcardio} -> pcscd -> vpcd -> TCP -> the Java virtual card) against the floor,
 * the minimal APDU sequence for the same five files (SELECT + READ BINARY with every length known
 * in advance), interleaved run by run in the same process. Between them, so the gap can be split:
 * the same minimal sequence inside a PC/SC transaction (the reader always takes one), the reader's
 * own APDUs without parsing or verification, and those APDUs sent from the worker thread the
 * reader's time limit hands every read to ({@link TimeLimiter}). Every run's steps are also compared
 * with that run's own floor, split by the floor's pace ({@link FloorPace}: this machine's floor runs
 * at two paces). Wire APDUs are the virtual card's own count ({@link BelpicCard#apduCount()}), taken
 * around every run, never estimated. Also the read on the in-process terminal: parsing and
 * verification without PC/SC. Then, in a loop of its own against the same floor, the applet 1.8
 * card {@code ec-18} on vpcd's second slot, read in full with its chip proof (issue 19: file 4040,
 * one INTERNAL AUTHENTICATE and its GET RESPONSE, the signature verified), a challenge every read.
 *
 * <pre>
 * .ci/bench card 200        # 200 runs of each
 * .ci/bench card 200 30     # and 20 more of rsa-17 answering every APDU after 30 ms, with their own floor
 * </pre>
 */
public final class ReadBenchmark {

    /** In the reader's order (each signature before its file, so its RSA operation overlaps the file's APDUs). */
    private static final List<String> FILES = List.of(VirtualCardProfile.RRN_CERTIFICATE,
            VirtualCardProfile.IDENTITY_SIGNATURE, VirtualCardProfile.IDENTITY, VirtualCardProfile.ADDRESS_SIGNATURE,
            VirtualCardProfile.ADDRESS);
    private static final int WARM_UP = 30;
    /** Runs of the paced card, after the others (warm already); a few suffice, each takes about a second. */
    private static final int PACED_RUNS = 20;

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int paceMillis = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        PcscLibrary.configure();
        if (PcscDaemon.alreadyRunning()) {
            throw new IllegalStateException("a pcscd already runs; wait until it is gone (the benchmark starts its own)");
        }
        VirtualCardProfile profile = VirtualCardProfiles.named(VirtualCardProfiles.DEFAULT);
        VirtualCardProfile chipProfile = VirtualCardProfiles.named("ec-18");
        EidReader reader = new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot())));

        Latencies inProcess = new Latencies("`EidReader.read`, in-process virtual terminal (no PC/SC)");
        Wire inProcessWire = new Wire();
        VirtualTerminal local = VirtualTerminal.standalone("bench");
        local.insert(profile);
        for (int i = 0; i < runs + WARM_UP; i++) {
            int before = local.card().apduCount();
            long t = System.nanoTime();
            EidReadResult r = reader.read(local);
            long ns = System.nanoTime() - t;
            success(r).session().close();
            if (i >= WARM_UP) {
                inProcess.add(ns);
                inProcessWire.add(local.card().apduCount() - before);
            }
        }
        Latencies inProcessChip = new Latencies("`EidReader.read` of ec-18 with its chip proof, in-process virtual terminal");
        Wire inProcessChipWire = new Wire();
        VirtualTerminal localChip = VirtualTerminal.standalone("bench 1.8");
        localChip.insert(chipProfile);
        for (int i = 0; i < runs + WARM_UP; i++) {
            int before = localChip.card().apduCount();
            long t = System.nanoTime();
            EidReadResult r = reader.read(localChip);
            long ns = System.nanoTime() - t;
            proven(success(r)).session().close();
            if (i >= WARM_UP) {
                inProcessChip.add(ns);
                inProcessChipWire.add(localChip.card().apduCount() - before);
            }
        }

        try (PcscDaemon pcscd = PcscDaemon.start(Path.of("target", "pcscd-bench.log"));
                VpcdCardClient client = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT,
                        new BelpicCard(profile));
                VpcdCardClient chipClient = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT + 1,
                        new BelpicCard(chipProfile))) {
            CardTerminal slot = new PcscTerminalSource().terminals().getTerminal("Virtual PCD 00 00");
            CardTerminal chipSlot = new PcscTerminalSource().terminals().getTerminal("Virtual PCD 00 01");
            client.insert();
            chipClient.insert();
            if (!slot.waitForCardPresent(10_000) || !chipSlot.waitForCardPresent(10_000)) {
                throw new IllegalStateException("pcscd never saw the virtual cards");
            }
            BelpicCard card = client.card();
            BelpicCard chipCard = chipClient.card();
            Latencies full = new Latencies("`EidReader.read`: connect, transaction, 5 files, parse, verify signatures and chain");
            Latencies guarded = new Latencies("the reader's own APDUs, sent from the time limit's worker thread"
                    + " (`TimeLimiter`: the hand-over and back), no parsing or verification");
            Latencies readerApdus = new Latencies("the reader's own APDUs only (connect, transaction, same commands, no parsing or verification)");
            Latencies minimalTx = new Latencies("minimal sequence inside a PC/SC transaction");
            Latencies minimal = new Latencies("**floor**: minimal sequence (connect, SELECT + READ BINARY, every length known)");
            Wire fullWire = new Wire();
            Wire guardedWire = new Wire();
            Wire readerWire = new Wire();
            Wire minimalWire = new Wire();
            Wire minimalTxWire = new Wire();
            FloorPace pace = new FloorPace("floor");
            for (int i = 0; i < runs + WARM_UP; i++) {
                boolean counted = i >= WARM_UP;
                TimedRead read = timeRead(reader, slot, card, false);
                long floorNs = timeRaw(slot, card, profile, false, false, minimalWire, counted);
                long txNs = timeRaw(slot, card, profile, true, false, minimalTxWire, counted);
                long readerNs = timeRaw(slot, card, profile, true, true, readerWire, counted);
                long guardedNs = timeGuarded(slot, card, profile, guardedWire, counted);
                if (counted) {
                    fullWire.add(read.wire(), read.sent());
                    full.add(read.nanos());
                    minimal.add(floorNs);
                    minimalTx.add(txNs);
                    readerApdus.add(readerNs);
                    guarded.add(guardedNs);
                    pace.add("floor", floorNs);
                    pace.add("reader's APDUs", readerNs);
                    pace.add("the same from the time limit's worker", guardedNs);
                    pace.add("`EidReader.read`", read.nanos());
                }
            }
            // ec-18 in a loop of its own: read between rsa-17's, what its P-384 work leaves to the JIT and
            // the collector fell into the next rsa-17 read (at the slow pace 1.78-1.85 of the floor against
            // 1.63-1.65 without ec-18 in the loop, 2026-12-03).
            Latencies chipFull = new Latencies("`EidReader.read` of ec-18 (applet 1.8): the same, plus 4040 and one"
                    + " INTERNAL AUTHENTICATE, verified");
            Latencies chipFloor = new Latencies("floor of the ec-18 loop: rsa-17's minimal sequence, alternating with it");
            Wire chipWire = new Wire();
            Wire chipFloorWire = new Wire();
            for (int i = 0; i < runs + WARM_UP; i++) {
                boolean counted = i >= WARM_UP;
                TimedRead read = timeRead(reader, chipSlot, chipCard, true);
                long floorNs = timeRaw(slot, card, profile, false, false, chipFloorWire, counted);
                if (counted) {
                    chipWire.add(read.wire(), read.sent());
                    chipFull.add(read.nanos());
                    chipFloor.add(floorNs);
                }
            }
            Paced paced = paceMillis > 0 ? paced(reader, slot, client, card, profile, paceMillis) : null;
            int bytes = FILES.stream().mapToInt(p -> usefulLength(p, profile.file(p))).sum();
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "machine: %s%n", MachineLoad.describe()));
            out.append(String.format(Locale.ROOT, "card %s, %d useful bytes in 5 files; %d runs of each after %d warm-up"
                    + " runs, interleaved%n%n", profile.name(), bytes, runs, WARM_UP));
            out.append("| read | wire APDUs (every run: min-max) | n | median ms | p99 ms | max ms | ratio to the floor (median / p99) |\n");
            out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            out.append(row(full, fullWire, minimal)).append(row(guarded, guardedWire, minimal))
                    .append(row(readerApdus, readerWire, minimal)).append(row(minimalTx, minimalTxWire, minimal))
                    .append(row(minimal, minimalWire, minimal)).append(row(inProcess, inProcessWire, null))
                    .append(row(chipFull, chipWire, chipFloor)).append(row(chipFloor, chipFloorWire, chipFloor))
                    .append(row(inProcessChip, inProcessChipWire, null));
            if (paced != null) {
                out.append(row(paced.full(), paced.fullWire(), paced.floor()))
                        .append(row(paced.floor(), paced.floorWire(), paced.floor()));
            }
            out.append(String.format(Locale.ROOT, "%nrsa-17's runs by the pace of their own floor:%n%n%s", pace.table()));
            out.append(String.format(Locale.ROOT, "%nAPDUs the reader sent (before the JDK's own 6Cxx re-sends and"
                    + " GET RESPONSE): %s per read of %s, %s per read of %s; challenges the 1.8 chip received: %d"
                    + "%nmachine after: %s%n", fullWire.sent(), profile.name(), chipWire.sent(), chipProfile.name(),
                    chipCard.challengeCount(), MachineLoad.describe()));
            System.out.print(out);
        }
    }

    /** The read and the floor of a card that answers each APDU after a pause, as a real chip does. */
    private record Paced(Latencies full, Wire fullWire, Latencies floor, Wire floorWire) {
    }

    private static Paced paced(EidReader reader, CardTerminal slot, VpcdCardClient client, BelpicCard card,
            VirtualCardProfile profile, int paceMillis) throws Exception {
        Paced paced = new Paced(new Latencies("`EidReader.read`, the same card answering each APDU after " + paceMillis
                + " ms (a model of a real chip's pace)"), new Wire(), new Latencies("floor, the same paced card"), new Wire());
        client.setResponseDelay(Duration.ofMillis(paceMillis));
        try {
            for (int i = 0; i < PACED_RUNS; i++) {
                TimedRead read = timeRead(reader, slot, card, false);
                paced.fullWire().add(read.wire(), read.sent());
                paced.full().add(read.nanos());
                paced.floor().add(timeRaw(slot, card, profile, false, false, paced.floorWire(), true));
            }
        } finally {
            client.setResponseDelay(Duration.ZERO);
        }
        return paced;
    }

    /** One read through the real stack: its time, the APDUs the card received and those the reader sent. */
    private record TimedRead(long nanos, int wire, int sent) {
    }

    /** Reads {@code slot} (its chip proven when {@code chip}), counting on {@code virtual}; closes the session untimed. */
    private static TimedRead timeRead(EidReader reader, CardTerminal slot, BelpicCard virtual, boolean chip) {
        int before = virtual.apduCount();
        long t = System.nanoTime();
        EidReadResult r = reader.read(slot);
        long ns = System.nanoTime() - t;
        int wire = virtual.apduCount() - before;
        EidReadResult.Success success = success(r);
        if (chip) {
            proven(success);
        }
        success.session().close();
        return new TimedRead(ns, wire, r.apduCount());
    }

    /** APDUs per run: those the virtual card received, and those the reader sent. */
    private static final class Wire {
        private final IntSummaryStatistics onTheWire = new IntSummaryStatistics();
        private final IntSummaryStatistics sent = new IntSummaryStatistics();

        void add(int wire) {
            onTheWire.accept(wire);
        }

        void add(int wire, int fromTheReader) {
            onTheWire.accept(wire);
            sent.accept(fromTheReader);
        }

        String range() {
            return range(onTheWire);
        }

        String sent() {
            return range(sent);
        }

        private static String range(IntSummaryStatistics s) {
            return s.getMin() == s.getMax() ? String.valueOf(s.getMin()) : s.getMin() + "-" + s.getMax();
        }
    }

    private static String row(Latencies l, Wire wire, Latencies floor) {
        String ratio = floor == null || floor == l ? "" : String.format(Locale.ROOT, "%.2f / %.2f",
                l.medianMillis() / floor.medianMillis(), l.p99Ratio(floor));
        String wires = wire.range();
        String r = l.row(); // | name | n | median | p99 | max |
        int cut = r.indexOf(" | ", 2);
        return r.substring(0, cut) + " | " + wires + r.substring(cut) + " " + ratio + " |\n";
    }

    private static EidReadResult.Success proven(EidReadResult.Success r) {
        if (r.card().chipProof() != be.sitegate.domain.ChipProof.PROVEN) {
            throw new IllegalStateException("chip not proven: " + r.card());
        }
        return r;
    }

    private static EidReadResult.Success success(EidReadResult r) {
        if (r instanceof EidReadResult.Success s) {
            return s;
        }
        throw new IllegalStateException("read failed: " + r);
    }

    /**
     * Connect, then SELECT + READ BINARY for each file, timed up to the last answer (the disconnect
     * is outside, as the reader's session stays open). {@code asTheReader}: the identity and address
     * with Le=00 as the reader must, their length unknown (the JDK re-sends after 6Cxx).
     */
    private static long timeRaw(CardTerminal slot, BelpicCard virtual, VirtualCardProfile profile, boolean transaction,
            boolean asTheReader, Wire wire, boolean counted) throws Exception {
        int before = virtual.apduCount();
        long t = System.nanoTime();
        Card card = send(slot, profile, transaction, asTheReader);
        long ns = System.nanoTime() - t;
        card.disconnect(false);
        if (counted) {
            wire.add(virtual.apduCount() - before);
        }
        return ns;
    }

    /** The reader's own APDUs as {@link #timeRaw} sends them, from the worker the reader's time limit uses. */
    private static long timeGuarded(CardTerminal slot, BelpicCard virtual, VirtualCardProfile profile, Wire wire,
            boolean counted) throws Exception {
        int before = virtual.apduCount();
        long t = System.nanoTime();
        Card card = TimeLimiter.call(() -> send(slot, profile, true, true), Duration.ofSeconds(10), () -> null,
                e -> null);
        long ns = System.nanoTime() - t;
        if (card == null) {
            throw new IllegalStateException("the guarded sequence failed or timed out");
        }
        card.disconnect(false);
        if (counted) {
            wire.add(virtual.apduCount() - before);
        }
        return ns;
    }

    private static Card send(CardTerminal slot, VirtualCardProfile profile, boolean transaction, boolean asTheReader)
            throws Exception {
        Card card = slot.connect("*");
        if (transaction) {
            card.beginExclusive();
        }
        CardChannel channel = card.getBasicChannel();
        for (String path : FILES) {
            check(channel.transmit(new CommandAPDU(0x00, 0xA4, 0x08, 0x0C, HexFormat.of().parseHex(path))).getSW());
            boolean unknown = asTheReader && (path.equals(VirtualCardProfile.IDENTITY)
                    || path.equals(VirtualCardProfile.ADDRESS));
            int length = usefulLength(path, profile.file(path));
            for (int offset = 0; offset < length; offset += 256) {
                int le = unknown ? 256 : Math.min(256, length - offset);
                check(channel.transmit(new CommandAPDU(0x00, 0xB0, offset >> 8, offset & 0xFF, le)).getSW());
            }
        }
        if (transaction) {
            card.endExclusive();
        }
        return card;
    }

    private static int usefulLength(String path, byte[] file) {
        return path.equals(VirtualCardProfile.RRN_CERTIFICATE) ? ApduExchange.derTotalLength(file) : file.length;
    }

    private static void check(int sw) {
        if (sw != 0x9000) {
            throw new IllegalStateException(String.format("unexpected SW %04X", sw));
        }
    }
}
