package be.sitegate.reliability;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one run of {@link HeadlessKiosk} said on standard output before it ended: the registrations
 * it acknowledged, the tap it had begun and not acknowledged, and the next worker index to use.
 *
 * @param acknowledged person (national number) by client reference, for every {@code ACK} line
 * @param tapInProgress the national number of a {@code BEGIN} with no {@code ACK} after it
 * @param nextIndex one past the highest worker index begun, or {@code first} when none was
 */
record KioskRun(Map<String, String> acknowledged, Optional<String> tapInProgress, int nextIndex) {

    static KioskRun parse(List<String> lines, int first) {
        Map<String, String> acknowledged = new LinkedHashMap<>();
        Optional<String> open = Optional.empty();
        int next = first;
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f[0].equals("BEGIN") && f.length == 3) {
                open = Optional.of(f[2]);
                next = Math.max(next, Integer.parseInt(f[1]) + 1);
            } else if (f[0].equals("ACK") && f.length == 4) {
                acknowledged.put(f[3], f[2]);
                open = Optional.empty();
            }
        }
        return new KioskRun(acknowledged, open, next);
    }
}
