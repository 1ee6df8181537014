package be.sitegate.reliability;

import be.sitegate.bench.MachineLoad;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The central service's fault matrix at full length ({@code .ci/soak faults [ROUNDS]}): every fault
 * of {@link ServiceFault}, ROUNDS times (default 3), on one simulator and one assembled kiosk, and
 * the figures as a table. Exits 1 when any round lost, duplicated, or asked more often than the
 * backoff allows; a status bar that said something false stops it at once.
 */
public final class FaultMatrix {

    private FaultMatrix() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        MatrixPlan plan = MatrixPlan.soak();
        Path dir = Files.createTempDirectory("sitegate-fault-matrix");
        List<RowResult> rows = new ArrayList<>();
        long start = System.nanoTime();
        try (MatrixBench bench = new MatrixBench(dir)) {
            FaultRound round = new FaultRound(bench);
            for (int i = 1; i <= rounds; i++) {
                for (ServiceFault fault : ServiceFault.values()) {
                    RowResult r = round.run(fault, plan.registrations(), plan.lengthOf(fault));
                    System.err.printf("round %d, %s: %s%n", i, fault, r);
                    rows.add(r);
                }
            }
        }
        System.out.println(MatrixTable.of(rows));
        System.out.printf("%d rounds in %d s; backoff %d ms doubling to %d ms, read timeout %d ms; %s%n", rounds,
                (System.nanoTime() - start) / 1_000_000_000L, MatrixBench.BACKOFF_BASE.toMillis(),
                MatrixBench.BACKOFF_CAP.toMillis(), MatrixBench.READ_TIMEOUT.toMillis(), MachineLoad.describe());
        System.exit(rows.stream().allMatch(RowResult::kept) ? 0 : 1);
    }
}
