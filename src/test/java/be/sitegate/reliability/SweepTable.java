package be.sitegate.reliability;

import java.io.PrintStream;
import java.util.List;

/** The sweeps' figures as the soak prints them and docs/reliability/18-3-card-faults.md quotes them. */
final class SweepTable {

    private SweepTable() {
    }

    /** One line per k over every round, then the totals. */
    static void print(List<PulledCardSweep.Result> rounds, PrintStream out) {
        if (rounds.isEmpty()) {
            out.println("no rounds");
            return;
        }
        PulledCardSweep.Result first = rounds.get(0);
        out.printf("card faults: pulled after every APDU of one read, %s, %d round(s), n = %d APDUs%n", first.slot(),
                rounds.size(), first.n());
        out.printf("%4s | %5s | %7s | %5s | %15s | %12s | %s%n", "k", "reads", "crashes", "hangs", "wrong authentic",
                "back to idle", "outcome (first round)");
        int reads = 0;
        int crashes = 0;
        int hangs = 0;
        int wrong = 0;
        int idle = 0;
        int right = 0;
        for (int i = 0; i <= first.rows().size(); i++) {
            int r = 0;
            int c = 0;
            int h = 0;
            int w = 0;
            int b = 0;
            int ok = 0;
            String outcome = null;
            String label = null;
            for (PulledCardSweep.Result round : rounds) {
                PulledCardSweep.Row row = i < round.rows().size() ? round.rows().get(i) : round.readAfter();
                r++;
                c += row.crashes();
                h += row.hung() ? 1 : 0;
                w += row.wrongAuthentic() ? 1 : 0;
                b += row.backToIdle() ? 1 : 0;
                ok += row.rightOutcome() ? 1 : 0;
                outcome = outcome == null ? row.outcome() : outcome;
                label = i < round.rows().size() ? String.valueOf(row.k()) : "after";
            }
            out.printf("%5s | %5d | %7d | %5d | %15d | %12d | %s%s%n", label, r, c, h, w, b, outcome,
                    ok == r ? "" : "  (" + (r - ok) + " not as expected)");
            reads += r;
            crashes += c;
            hangs += h;
            wrong += w;
            idle += b;
            right += ok;
        }
        out.printf("total: %d reads, %d crashes, %d hangs, %d wrong \"authentic\", %d back to idle, %d as expected%n",
                reads, crashes, hangs, wrong, idle, right);
    }
}
