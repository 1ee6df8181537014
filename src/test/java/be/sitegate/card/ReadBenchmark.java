package be.sitegate.card;

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
 * in advance), interleaved run by run in the same process. Between them, the same minimal
 * sequence inside a PC/SC transaction (the reader always takes one) and the reader's own APDUs
 * without parsing or verification, so the gap can be split. Wire APDUs are the virtual card's own
 * count ({@link BelpicCard#apduCount()}), taken around every run, never estimated. Also the read
 * on the in-process terminal: parsing and verification without PC/SC. Beside it, on vpcd's second
 * slot, the applet 1.8 card {@code ec-18} read in full with its chip proof (issue 19: file 4040,
 * one INTERNAL AUTHENTICATE and its GET RESPONSE, the signature verified), a challenge every read.
 *
 * <pre>
 * .ci/bench card 200
 * </pre>
 */
public final class ReadBenchmark {

    /** In the reader's order (each signature before its file, so its RSA operation overlaps the file's APDUs). */
    private static final List<String> FILES = List.of(VirtualCardProfile.RRN_CERTIFICATE,
            VirtualCardProfile.IDENTITY_SIGNATURE, VirtualCardProfile.IDENTITY, VirtualCardProfile.ADDRESS_SIGNATURE,
            VirtualCardProfile.ADDRESS);
    private static final int WARM_UP = 30;

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        PcscLibrary.configure();
        if (PcscDaemon.alreadyRunning()) {
            throw new IllegalStateException("a pcscd already runs; wait until it is gone (the benchmark starts its own)");
        }
        VirtualCardProfile profile = VirtualCardProfiles.named(VirtualCardProfiles.DEFAULT);
        VirtualCardProfile chipProfile = VirtualCardProfiles.named("ec-18");
        EidReader reader = new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot())));

        Latencies inProcess = new Latencies("`EidReader.read`, in-process virtual terminal (no PC/SC)");
        IntSummaryStatistics inProcessWire = new IntSummaryStatistics();
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
                inProcessWire.accept(local.card().apduCount() - before);
            }
        }
        Latencies inProcessChip = new Latencies("`EidReader.read` of ec-18 with its chip proof, in-process virtual terminal");
        IntSummaryStatistics inProcessChipWire = new IntSummaryStatistics();
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
                inProcessChipWire.accept(localChip.card().apduCount() - before);
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
            Latencies chipFull = new Latencies("`EidReader.read` of ec-18 (applet 1.8): the same, plus 4040 and one"
                    + " INTERNAL AUTHENTICATE, verified");
            IntSummaryStatistics chipWire = new IntSummaryStatistics();
            IntSummaryStatistics chipApp = new IntSummaryStatistics();
            BelpicCard chipCard = chipClient.card();
            Latencies full = new Latencies("`EidReader.read`: connect, transaction, 5 files, parse, verify signatures and chain");
            Latencies readerApdus = new Latencies("the reader's own APDUs only (connect, transaction, same commands, no parsing or verification)");
            Latencies minimalTx = new Latencies("minimal sequence inside a PC/SC transaction");
            Latencies minimal = new Latencies("**floor**: minimal sequence (connect, SELECT + READ BINARY, every length known)");
            IntSummaryStatistics fullWire = new IntSummaryStatistics();
            IntSummaryStatistics fullApp = new IntSummaryStatistics();
            IntSummaryStatistics readerWire = new IntSummaryStatistics();
            IntSummaryStatistics minimalWire = new IntSummaryStatistics();
            IntSummaryStatistics minimalTxWire = new IntSummaryStatistics();
            BelpicCard card = client.card();
            for (int i = 0; i < runs + WARM_UP; i++) {
                boolean counted = i >= WARM_UP;
                int before = card.apduCount();
                long t = System.nanoTime();
                EidReadResult r = reader.read(slot);
                long ns = System.nanoTime() - t;
                success(r).session().close();
                if (counted) {
                    full.add(ns);
                    fullWire.accept(card.apduCount() - before);
                    fullApp.accept(r.apduCount());
                }
                timeRaw(slot, card, profile, false, false, counted ? minimal : null, minimalWire);
                timeRaw(slot, card, profile, true, false, counted ? minimalTx : null, minimalTxWire);
                timeRaw(slot, card, profile, true, true, counted ? readerApdus : null, readerWire);
                int chipBefore = chipCard.apduCount();
                long tc = System.nanoTime();
                EidReadResult rc = reader.read(chipSlot);
                long nsc = System.nanoTime() - tc;
                proven(success(rc)).session().close();
                if (counted) {
                    chipFull.add(nsc);
                    chipWire.accept(chipCard.apduCount() - chipBefore);
                    chipApp.accept(rc.apduCount());
                }
            }
            int bytes = FILES.stream().mapToInt(p -> usefulLength(p, profile.file(p))).sum();
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "machine: %s%n", MachineLoad.describe()));
            out.append(String.format(Locale.ROOT, "card %s, %d useful bytes in 5 files; %d runs of each after %d warm-up"
                    + " runs, interleaved%n%n", profile.name(), bytes, runs, WARM_UP));
            out.append("| read | wire APDUs (every run: min-max) | n | median ms | p99 ms | max ms | ratio to the floor (median / p99) |\n");
            out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
            out.append(row(full, fullWire, minimal)).append(row(readerApdus, readerWire, minimal))
                    .append(row(minimalTx, minimalTxWire, minimal)).append(row(minimal, minimalWire, minimal))
                    .append(row(inProcess, inProcessWire, null)).append(row(chipFull, chipWire, minimal))
                    .append(row(inProcessChip, inProcessChipWire, null));
            out.append(String.format(Locale.ROOT, "%nAPDUs the reader sent (before the JDK's own 6Cxx re-sends and"
                    + " GET RESPONSE): %d-%d per read of %s, %d-%d per read of %s; challenges the 1.8 chip received: %d"
                    + "%nmachine after: %s%n", fullApp.getMin(), fullApp.getMax(), profile.name(), chipApp.getMin(),
                    chipApp.getMax(), chipProfile.name(), chipCard.challengeCount(), MachineLoad.describe()));
            System.out.print(out);
        }
    }

    private static String row(Latencies l, IntSummaryStatistics wire, Latencies floor) {
        String ratio = floor == null || floor == l ? "" : String.format(Locale.ROOT, "%.2f / %.2f",
                l.medianMillis() / floor.medianMillis(), l.p99Ratio(floor));
        String wires = wire.getMin() == wire.getMax() ? String.valueOf(wire.getMin()) : wire.getMin() + "-" + wire.getMax();
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
    private static void timeRaw(CardTerminal slot, BelpicCard virtual, VirtualCardProfile profile, boolean transaction,
            boolean asTheReader, Latencies into, IntSummaryStatistics wire) throws Exception {
        int before = virtual.apduCount();
        long t = System.nanoTime();
        Card card = slot.connect("*");
        try {
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
            long ns = System.nanoTime() - t;
            if (into != null) {
                into.add(ns);
                wire.accept(virtual.apduCount() - before);
            }
        } finally {
            card.disconnect(false);
        }
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
