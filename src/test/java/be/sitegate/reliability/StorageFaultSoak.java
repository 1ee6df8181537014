package be.sitegate.reliability;

import be.sitegate.central.SimulatorFixture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.opentest4j.TestAbortedException;

/**
 * {@code .ci/soak storage [ROUNDS]}: the storage fault matrix in full, each case ROUNDS times (default
 * 1), the full disk on both tmpfs and ext4, against one simulator; prints the table of
 * docs/reliability/18-4-storage-faults.md with the machine and its load, and exits 1 when a case lost
 * a registration, did not recover or could not run.
 */
public final class StorageFaultSoak {

    private StorageFaultSoak() {
    }

    /** One case of the matrix, run into rows. */
    private interface Case {
        List<FaultOutcome> run(StorageFaultMatrix matrix) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 1;
        List<Case> cases = List.of(
                m -> m.diskFullThenSpaceReturns(StorageFaultMatrix.FileSystem.TMPFS),
                m -> m.diskFullThenSpaceReturns(StorageFaultMatrix.FileSystem.EXT4),
                m -> List.of(m.readOnlyWhileRunning()),
                m -> List.of(m.damagedAtStart()),
                m -> List.of(m.damagedWhileRunning()),
                m -> List.of(m.secondProcess()));
        Path work = Files.createTempDirectory("sitegate-storage-soak");
        List<FaultOutcome> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        long started = System.nanoTime();
        try (SimulatorFixture sim = new SimulatorFixture(Clock.systemUTC())) {
            for (int round = 1; round <= rounds; round++) {
                for (int i = 0; i < cases.size(); i++) {
                    Path folder = Files.createDirectories(work.resolve("round-" + round + "-case-" + i));
                    try {
                        rows.addAll(cases.get(i).run(new StorageFaultMatrix(sim, folder)));
                    } catch (TestAbortedException e) {
                        problems.add("round " + round + ", case " + (i + 1) + ": " + e.getMessage());
                    } catch (Exception | AssertionError e) {
                        problems.add("round " + round + ", case " + (i + 1) + " failed: " + e);
                        e.printStackTrace();
                    }
                }
            }
        } finally {
            deleteQuietly(work);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.println();
        System.out.println("Storage fault matrix, " + rounds + " round(s), " + took.toSeconds() + " s");
        System.out.println(Machine.describe());
        System.out.println();
        System.out.print(FaultOutcome.table(rows));
        rows.stream().filter(r -> !r.passed()).forEach(r -> problems.add("did not pass: " + r));
        problems.forEach(p -> System.out.println("PROBLEM: " + p));
        System.exit(problems.isEmpty() ? 0 : 1);
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("left behind: " + folder + " (" + e.getMessage() + ")");
        }
    }
}
