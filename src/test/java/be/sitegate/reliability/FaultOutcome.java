package be.sitegate.reliability;

import java.util.List;

/**
 * One row of the storage fault matrix: what was stored before the fault, what the store holds after
 * it (read back by content), how many acknowledged registrations are gone, the message keys a
 * worker and the status bar showed, and how the kiosk got back.
 *
 * @param workerMessage the key the worker whose tap failed read, or "" when no tap failed
 * @param statusMessage the key of the status bar's storage item during the fault, or what the kiosk or a second one said at start; "" when nothing showed
 * @param recovered how storing came back, or why it did not ("no: ...": a failure of the case)
 */
record FaultOutcome(String fault, String fileSystem, int storedBefore, int storedAfter, int lost, String workerMessage,
        String statusMessage, String recovered) {

    boolean passed() {
        return lost == 0 && !recovered.startsWith("no:");
    }

    static String table(List<FaultOutcome> rows) {
        StringBuilder out = new StringBuilder(
                "| case | file system | stored before | stored after | lost | worker sees | site manager sees | recovered |\n"
                        + "|---|---|---|---|---|---|---|---|\n");
        for (FaultOutcome r : rows) {
            out.append("| ").append(r.fault).append(" | ").append(r.fileSystem).append(" | ").append(r.storedBefore)
                    .append(" | ").append(r.storedAfter).append(" | ").append(r.lost).append(" | ")
                    .append(code(r.workerMessage)).append(" | ").append(code(r.statusMessage)).append(" | ")
                    .append(r.recovered).append(" |\n");
        }
        return out.toString();
    }

    /** A message key as code; a line a process printed (it has spaces) as it is. */
    private static String code(String shown) {
        return shown.isEmpty() ? "–" : shown.contains(" ") ? shown : "`" + shown + "`";
    }
}
