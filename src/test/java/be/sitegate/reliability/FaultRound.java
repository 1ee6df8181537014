package be.sitegate.reliability;

import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.Registration;
import be.sitegate.kiosk.SyncStatusSource.SyncStatus;
import be.sitegate.simulator.SeenCalls;
import be.sitegate.testkit.Await;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One row of the matrix on a bench: the fault goes on, workers register through the kiosk while it
 * lasts (spread over its length), the status bar is checked after each, the fault goes off, and
 * once the kiosk says all is sent every registration is looked up at the service.
 */
final class FaultRound {

    /** How long any one thing may take before the round is declared stuck: a hang detector, not a measure. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final MatrixBench bench;
    private final StatusBarTruth truth = new StatusBarTruth();

    FaultRound(MatrixBench bench) {
        this.bench = bench;
    }

    RowResult run(ServiceFault fault, int registrations, Duration length) {
        awaitAllSent(fault, "before the fault");
        SeenCalls seenBefore = bench.sim().server().seenCalls();
        long failedBefore = bench.failedExchanges();
        long start = System.nanoTime();
        fault.begin(bench.sim());
        List<Registration> made = new ArrayList<>();
        int steps = 0;
        long firstFailure = Long.MAX_VALUE;
        for (int i = 0; i < registrations; i++) {
            sleepUntil(start + length.toNanos() * i / registrations);
            fault.beforeEachRegistration(bench.sim());
            made.add(bench.registerNextWorker());
            fault.afterRegistration(bench, made.get(i), i);
            int waiting = made.size();
            Await.until(fault + ": the status after registration " + waiting, PATIENCE,
                    () -> truth.holdsDuring(fault, bench.status().latest(), waiting));
            SyncStatus now = bench.status().latest();
            truth.checkBar(fault, now, true);
            steps++;
            if (firstFailure == Long.MAX_VALUE && !fault.deliversDuringTheFault()) {
                firstFailure = bench.status().between(start, Long.MAX_VALUE).stream()
                        .filter(s -> s.status().connection() == fault.shown()).findFirst().orElseThrow().nanos();
            }
        }
        sleepUntil(start + length.toNanos());
        SeenCalls seenDuring = fault.seenByTheService() ? bench.sim().server().seenCalls().since(seenBefore) : null;
        long failedDuring = bench.failedExchanges() - failedBefore;
        long end = System.nanoTime();
        fault.end(bench.sim());
        Duration faultLength = Duration.ofNanos(end - start);
        if (!fault.deliversDuringTheFault()) {
            StatusBarTruth.neverOnline(fault, bench.status().between(firstFailure, end));
        }

        awaitAllSent(fault, "after the fault");
        truth.checkBar(fault, bench.status().latest(), false);
        steps++;

        long allowed = fault.deliversDuringTheFault() ? 2L * registrations
                : new BackoffAllowance(MatrixBench.backoff()).callsIn(faultLength);
        return tally(fault, made, seenDuring == null ? -1 : seenDuring.registerCalls(), failedDuring, allowed,
                faultLength, steps);
    }

    private RowResult tally(ServiceFault fault, List<Registration> made, long calls, long failed, long allowed,
            Duration length, int steps) {
        int delivered = 0;
        int duplicates = 0;
        int lost = 0;
        Set<String> receipts = new HashSet<>();
        for (Registration r : made) {
            Optional<Registration> kept = bench.onTheKiosk(r);
            int rows = bench.atTheService(r);
            duplicates += Math.max(0, rows - 1) + Math.max(0, bench.standingAtTheService(r) - 1);
            boolean accepted = kept.isPresent() && kept.get().delivery().status() == DeliveryStatus.ACCEPTED
                    && kept.get().delivery().receiptNumber().isPresent();
            if (accepted && rows >= 1) {
                delivered++;
                if (!receipts.add(kept.get().delivery().receiptNumber().get())) {
                    duplicates++; // two records with one receipt: one of them is not really there
                }
            } else {
                lost++;
            }
        }
        return new RowResult(fault, made.size(), delivered, duplicates, lost, calls, failed, allowed, length, steps);
    }

    private void awaitAllSent(ServiceFault fault, String when) {
        Await.until(fault + ": all sent " + when, PATIENCE, () -> truth.holdsOnline(bench.status().latest()));
    }

    private static void sleepUntil(long nanos) {
        long left = nanos - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
        }
    }
}
