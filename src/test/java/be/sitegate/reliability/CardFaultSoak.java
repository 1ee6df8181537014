package be.sitegate.reliability;

import be.sitegate.card.EidReader;
import be.sitegate.card.EidReaderSettings;
import be.sitegate.card.PcscTerminalSource;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The long form of the card faults (issue 18, part 3), {@code .ci/soak card [ROUNDS]}: on the real
 * PC/SC stack, under the assembled kiosk, the virtual card pulled after every APDU of a read,
 * ROUNDS times (default 3), with a table per k and the totals; then every byte flipped and every
 * cut of the files a read takes, for both key types, in process. Exit 0 only when every pull ended
 * as "card removed, insert it again", every damage was refused, nothing crashed or hung, nothing
 * damaged read as authentic, and the kiosk went back to idle each time. Needs pcscd and vpcd
 * installed and no other pcscd running (run it under {@code flock /tmp/sitegate-pcsc.lock}).
 */
public final class CardFaultSoak {

    private CardFaultSoak() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        String missing = RealStack.missing();
        if (missing != null) {
            System.err.println("card fault soak: " + missing);
            System.exit(2);
        }
        boolean clean;
        long start = System.nanoTime();
        Path dir = Files.createTempDirectory("sitegate-card-soak");
        try (RealStack stack = RealStack.start();
                KioskOnReader kiosk = KioskOnReader.assembled(dir, new PcscTerminalSource())) {
            List<PulledCardSweep.Result> results = new ArrayList<>();
            PulledCardSweep sweep = new PulledCardSweep(kiosk, new VpcdSlot(), VirtualCardProfiles.named("rsa-17"));
            for (int round = 1; round <= rounds; round++) {
                PulledCardSweep.Result result = sweep.run();
                System.out.printf("round %d of %d: %s%n", round, rounds, result.clean() ? "clean" : "NOT CLEAN");
                results.add(result);
            }
            SweepTable.print(results, System.out);
            clean = results.stream().allMatch(PulledCardSweep.Result::clean) && kiosk.crashList().isEmpty();
        }
        System.out.printf("pulled-card sweep: %d s wall time%n", (System.nanoTime() - start) / 1_000_000_000L);
        clean &= damagedFiles();
        System.out.println(clean ? "card fault soak: clean" : "card fault soak: FAILED");
        System.exit(clean ? 0 : 1);
    }

    private static boolean damagedFiles() {
        EidReader reader = new EidReader(EidReaderSettings.trusting(List.of(VirtualCardPki.testRoot())));
        boolean clean = true;
        for (String card : List.of("rsa-17", "ec-18")) {
            long start = System.nanoTime();
            FileDamageSweep.Result result = FileDamageSweep.run(VirtualCardProfiles.named(card), 1, reader);
            System.out.printf("every byte flipped and every cut of the files a read takes, %s: %d reads, %d crashes, "
                    + "%d read as authentic, %d s%n", card, result.reads(), result.crashes().size(),
                    result.authentic().size(), (System.nanoTime() - start) / 1_000_000_000L);
            result.outcomes().forEach((outcome, count) -> System.out.printf("  %6d  %s%n", count, outcome));
            result.crashes().forEach(c -> System.out.println("  CRASH " + c));
            result.authentic().forEach(a -> System.out.println("  AUTHENTIC " + a));
            clean &= result.crashes().isEmpty() && result.authentic().isEmpty();
        }
        return clean;
    }
}
