package be.sitegate.reliability;

import java.util.List;
import java.util.Locale;

/** The matrix's figures as a Markdown table, one line per fault and round. */
final class MatrixTable {

    private MatrixTable() {
    }

    static String of(List<RowResult> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| fault | round | registrations | delivered | duplicates | lost | fault length (s) "
                + "| calls during the fault | calls/min | allowed by the backoff | allowed/min | status-bar steps checked "
                + "| kept |\n");
        out.append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        int round = 0;
        ServiceFault first = rows.isEmpty() ? null : rows.get(0).fault();
        for (RowResult r : rows) {
            if (r.fault() == first) {
                round++;
            }
            String calls = r.registerCalls() >= 0
                    ? r.registerCalls() + " seen by the service (" + r.failedExchanges() + " failed at the kiosk)"
                    : r.failedExchanges() + " failed at the kiosk (the service was down)";
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.1f | %s | %.0f | %d | %.0f | %d | %s |%n",
                    r.fault().description(), round, r.registrations(), r.delivered(), r.duplicates(), r.lost(),
                    r.faultLength().toMillis() / 1000.0, calls, r.callsPerMinute(), r.allowedCalls(),
                    r.allowedPerMinute(), r.statusSteps(), r.kept() ? "yes" : "NO"));
        }
        return out.toString();
    }
}
