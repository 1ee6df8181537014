package be.sitegate.config;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code badge.declaration-ends}: the last day of each declaration of works this kiosk serves, as
 * {@code workplaceNumber:yyyy-MM-dd, ...}, so a badge link made on that workplace ends with it. The
 * central service gives no end date (its initialisation answer has none and it offers no look-up of a
 * workplace), so the site manager writes it here.
 *
 * <p>This reads the list's form and its dates. Whether each number is a workplace number (and two
 * spellings of one number) is the domain's rule, which this package does not know: the composition
 * root checks it when it builds the badge-link policy, under the same key (as it does for
 * {@code kiosk.pin-hash}).
 */
final class DeclarationEnds {

    static final String KEY = "badge.declaration-ends";
    private static final String FORM = "workplaceNumber:yyyy-MM-dd, e.g. 1Y101DRUNWB5Z:2026-12-31";

    private DeclarationEnds() {
    }

    /** The workplace numbers as written (without spaces around them), in the order written, with their last days. */
    static Map<String, LocalDate> parse(Optional<String> value) {
        Map<String, LocalDate> ends = new LinkedHashMap<>();
        if (value.isEmpty()) {
            return Collections.unmodifiableMap(ends);
        }
        for (String written : value.get().split(",", -1)) {
            String entry = written.strip();
            if (entry.isEmpty()) {
                continue;  // "a,,b" or a trailing comma: nothing was meant there
            }
            int colon = entry.indexOf(':');
            if (colon < 0) {
                throw new ConfigException(KEY, "'" + entry + "' is not " + FORM);
            }
            String workplace = entry.substring(0, colon).strip();
            String day = entry.substring(colon + 1).strip();
            if (workplace.isEmpty()) {
                throw new ConfigException(KEY, "'" + entry + "' has no workplace number before ':' (" + FORM + ")");
            }
            LocalDate end;
            try {
                end = LocalDate.parse(day);
            } catch (DateTimeParseException e) {
                throw new ConfigException(KEY, "'" + entry + "': '" + day + "' is not a date written yyyy-MM-dd"
                        + " (the last day of the declaration of works, e.g. 2026-12-31)");
            }
            LocalDate earlier = ends.putIfAbsent(workplace, end);
            if (earlier != null) {
                throw new ConfigException(KEY, "workplace " + workplace + " is listed twice (" + earlier + " and "
                        + end + "); keep the one line of its declaration");
            }
        }
        return Collections.unmodifiableMap(ends);
    }
}
