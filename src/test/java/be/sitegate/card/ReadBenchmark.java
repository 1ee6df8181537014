package be.sitegate.card;

import be.sitegate.card.realstack.PcscDaemon;
import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import be.sitegate.virtualcard.VpcdCardClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.smartcardio.Card;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CommandAPDU;

/**
 * Measures one full read of the default virtual card through the real stack (pcscd + vpcd + TCP)
 * against the theoretical minimum: the same five files fetched by a raw SELECT + READ BINARY
 * sequence whose lengths are known in advance (no 6Cxx, no 6B00 probe). Also times the same read
 * on the in-process terminal, which isolates parsing and signature checks.
 *
 * <pre>
 * .ci/bench card 30
 * </pre>
 */
public final class ReadBenchmark {

    private static final List<String> FILES = List.of(VirtualCardProfile.RRN_CERTIFICATE, VirtualCardProfile.IDENTITY,
            VirtualCardProfile.IDENTITY_SIGNATURE, VirtualCardProfile.ADDRESS, VirtualCardProfile.ADDRESS_SIGNATURE);

    private ReadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        Path output = Path.of(args.length > 1 ? args[1] : "target/benchmarks-card.md");
        PcscLibrary.configure();
        if (PcscDaemon.alreadyRunning()) {
            throw new IllegalStateException("a pcscd already runs; stop it first (the benchmark starts its own)");
        }
        VirtualCardProfile profile = VirtualCardProfiles.named(VirtualCardProfiles.DEFAULT);
        EidReader reader = new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot())));

        List<Double> inProcess = new ArrayList<>();
        VirtualTerminal local = VirtualTerminal.standalone("bench");
        local.insert(profile);
        for (int i = 0; i < runs + 5; i++) {
            long t = System.nanoTime();
            EidReadResult r = reader.read(local);
            double ms = (System.nanoTime() - t) / 1e6;
            close(r);
            if (i >= 5) {
                inProcess.add(ms);
            }
        }

        try (PcscDaemon pcscd = PcscDaemon.start(Path.of("target", "pcscd-bench.log"));
                VpcdCardClient client = new VpcdCardClient("127.0.0.1", VpcdCardClient.DEFAULT_PORT,
                        new BelpicCard(profile))) {
            CardTerminal slot = new PcscTerminalSource().terminals().getTerminal("Virtual PCD 00 00");
            client.insert();
            if (!slot.waitForCardPresent(10_000)) {
                throw new IllegalStateException("pcscd never saw the virtual card");
            }
            List<Double> full = new ArrayList<>();
            List<Double> minimal = new ArrayList<>();
            int fullApdus = 0;
            int fullWire = 0;
            int minimalApdus = 0;
            for (int i = 0; i < runs + 5; i++) {
                int wireBefore = client.card().apduCount();
                long t = System.nanoTime();
                EidReadResult r = reader.read(slot);
                double ms = (System.nanoTime() - t) / 1e6;
                if (!(r instanceof EidReadResult.Success)) {
                    throw new IllegalStateException("read failed: " + r);
                }
                close(r);
                fullApdus = r.apduCount();
                fullWire = client.card().apduCount() - wireBefore;

                long t2 = System.nanoTime();
                minimalApdus = rawMinimalRead(slot, profile);
                double ms2 = (System.nanoTime() - t2) / 1e6;
                if (i >= 5) {
                    full.add(ms);
                    minimal.add(ms2);
                }
            }
            String report = report(runs, profile, full, fullApdus, fullWire, minimal, minimalApdus, inProcess);
            Files.createDirectories(output.toAbsolutePath().getParent());
            Files.writeString(output, report, StandardCharsets.UTF_8);
            System.out.print(report);
        }
    }

    /** Connect, then SELECT + READ BINARY with exact lengths for each file; returns the APDU count. */
    private static int rawMinimalRead(CardTerminal slot, VirtualCardProfile profile) throws Exception {
        Card card = slot.connect("*");
        int apdus = 0;
        try {
            CardChannel channel = card.getBasicChannel();
            for (String path : FILES) {
                byte[] fid = java.util.HexFormat.of().parseHex(path);
                check(channel.transmit(new CommandAPDU(0x00, 0xA4, 0x08, 0x0C, fid)).getSW());
                apdus++;
                int length = usefulLength(path, profile.file(path));
                for (int offset = 0; offset < length; offset += 256) {
                    int le = Math.min(256, length - offset);
                    check(channel.transmit(new CommandAPDU(0x00, 0xB0, offset >> 8, offset & 0xFF, le)).getSW());
                    apdus++;
                }
            }
        } finally {
            card.disconnect(false);
        }
        return apdus;
    }

    private static int usefulLength(String path, byte[] file) {
        return path.equals(VirtualCardProfile.RRN_CERTIFICATE) ? ApduExchange.derTotalLength(file) : file.length;
    }

    private static void check(int sw) {
        if (sw != 0x9000) {
            throw new IllegalStateException(String.format("unexpected SW %04X", sw));
        }
    }

    private static void close(EidReadResult r) {
        if (r instanceof EidReadResult.Success s) {
            s.session().close();
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String report(int runs, VirtualCardProfile profile, List<Double> full, int fullApdus, int fullWire,
            List<Double> minimal, int minimalApdus, List<Double> inProcess) {
        int bytes = FILES.stream().mapToInt(p -> usefulLength(p, profile.file(p))).sum();
        return String.format(java.util.Locale.ROOT, """
                ## Card read (eID, `be.sitegate.card`)

                One full read of the default virtual card (`rsa-17`: identity, identity signature, address,
                address signature, RRN certificate; %d useful bytes; no photo) through the real stack:
                JDK `javax.smartcardio` -> pcscd 1.9.9 -> vpcd driver -> TCP loopback -> the Java virtual card.
                Median of %d runs after 5 warm-up runs, measured %s on the shared build machine
                (%d cores, %s %s). Produced by `be.sitegate.card.ReadBenchmark`:

                ```
                .ci/bench card %d
                ```

                | read | APDUs sent by the application | APDUs on the wire | median time |
                | --- | ---: | ---: | ---: |
                | `EidReader.read` (connect, 5 files, parse, verify signatures and chain) | %d | %d | %.1f ms |
                | raw minimal sequence (connect, SELECT + READ BINARY with lengths known in advance) | %d | %d | %.1f ms |
                | `EidReader.read` on the in-process virtual terminal (no PC/SC: parsing + verification cost) | %d | %d | %.2f ms |

                The reader cannot know the identity and address file lengths in advance, so each costs one
                `6Cxx` answer that the JDK re-sends with the right Le (the two extra wire APDUs); it knows the
                certificate's length from its DER header and the RSA signatures' length from the RRN key, so
                it never reads certificate padding nor probes for `6B00`. The photo (about 3 KB, %d bytes here)
                is read only when the confirmation screen asks for it. Timing is dominated by pcscd's and vpcd's
                per-APDU round trips; real cards add their own processing time (tens of ms per APDU).

                Finding: vpcd sends each frame as two writes (length, then APDU) without TCP_NODELAY, so
                Nagle holds the APDU until the virtual card ACKs the length, and Linux delays that ACK by
                about 40 ms. Before `VpcdCardClient` asked for quick ACKs (`TCP_QUICKACK` before every
                read) the same benchmark measured a median 707.8 ms for `EidReader.read` (15 wire APDUs)
                and 615.8 ms for the raw minimal sequence (13 APDUs): about 45 ms per APDU, all of it
                waiting. This matters for the demo and the real-stack tests, not for real card readers.
                """, bytes, runs, LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.vm.name"), System.getProperty("java.version"), runs,
                fullApdus, fullWire, median(full), minimalApdus, minimalApdus, median(minimal),
                fullApdus, fullWire, median(inProcess), profile.file(VirtualCardProfile.PHOTO).length);
    }
}
