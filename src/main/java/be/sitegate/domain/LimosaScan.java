package be.sitegate.domain;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Limosa number from what a QR scanner typed off an L1 document: a (percent-encoded) URL
 * carrying the declaration data, or bare digits. The URL's exact layout is not published, so this
 * looks for a Limosa-like query parameter first, then a path segment of digits. Anything else is
 * refused with {@link Reason#UNREADABLE_SCAN}.
 */
public final class LimosaScan {

    private static final String TYPE = "LIMOSA_SCAN";
    /** Parameter names seen or plausible for the L1 number, most specific first. */
    private static final List<String> KEYS = List.of("limosaid", "limosa_id", "limosa", "limosanumber",
            "limosanr", "l1", "l1id", "declarationid", "declarationnumber", "declaration", "number", "nr", "id");
    private static final Pattern LONG_DIGITS = Pattern.compile("(?<![0-9])[0-9]{8,20}(?![0-9])");

    private LimosaScan() {
    }

    /** True when the text looks like a scanned URL rather than a typed number. */
    public static boolean looksLikeUrl(String text) {
        return ScannedUrl.parse(text).isPresent();
    }

    public static LimosaId parse(String scanned) {
        String text = scanned == null ? "" : scanned.strip();
        if (text.isEmpty()) {
            throw unreadable();
        }
        Optional<ScannedUrl> url = ScannedUrl.parse(text);
        if (url.isEmpty()) {
            Optional<String> decoded = ScannedUrl.tryDecode(text);
            if (decoded.isPresent() && LimosaId.isValid(decoded.get())) {
                return LimosaId.parse(decoded.get());
            }
            throw unreadable();
        }
        Optional<String> value = url.get().firstValue(KEYS);
        if (value.isPresent() && LimosaId.isValid(value.get())) {
            return LimosaId.parse(value.get());
        }
        for (String segment : url.get().pathSegments()) {
            Matcher m = LONG_DIGITS.matcher(segment);
            if (m.matches()) {
                return LimosaId.parse(segment);
            }
        }
        throw unreadable();
    }

    private static InvalidIdentifierException unreadable() {
        return new InvalidIdentifierException(TYPE, Reason.UNREADABLE_SCAN);
    }
}
