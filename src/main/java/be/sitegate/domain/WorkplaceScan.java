package be.sitegate.domain;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The workplace number as the contractor enters it: typed (then {@link WorkplaceId#parse} rules
 * apply), or a Declaration of Works QR code/URL scanned or pasted (then the number is taken from a
 * workplace-like parameter or, failing that, the first {@code 1Y...} token in the URL).
 */
public final class WorkplaceScan {

    private static final String TYPE = "WORKPLACE_SCAN";
    private static final List<String> KEYS = List.of("workplaceid", "workplace", "worksiteid", "worksite",
            "werfnummer", "werf", "chantier", "numerochantier", "baustelle", "ddt", "aangifte", "id");
    private static final Pattern USUAL = Pattern.compile("(?<![A-Z0-9])1Y[A-Z0-9]{11}(?![A-Z0-9])");

    private WorkplaceScan() {
    }

    public static WorkplaceId parse(String input) {
        Optional<ScannedUrl> url = ScannedUrl.parse(input);
        if (url.isEmpty()) {
            return WorkplaceId.parse(input);
        }
        Optional<String> value = url.get().firstValue(KEYS);
        if (value.isPresent() && WorkplaceId.isValid(value.get())) {
            return WorkplaceId.parse(value.get());
        }
        Matcher m = USUAL.matcher(url.get().decoded().toUpperCase(Locale.ROOT));
        if (m.find()) {
            return WorkplaceId.parse(m.group());
        }
        throw new InvalidIdentifierException(TYPE, Reason.UNREADABLE_SCAN);
    }
}
