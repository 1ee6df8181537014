package be.sitegate.domain;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A URL as a keyboard-wedge QR scanner types it: possibly percent-encoded (sometimes twice), with
 * query parameters and path segments. Lenient on purpose; the callers decide what they look for.
 */
final class ScannedUrl {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.+");
    private static final int MAX_DECODE_ROUNDS = 3;

    private final Map<String, String> query;
    private final List<String> pathSegments;
    private final String decoded;

    private ScannedUrl(Map<String, String> query, List<String> pathSegments, String decoded) {
        this.query = query;
        this.pathSegments = pathSegments;
        this.decoded = decoded;
    }

    /** Empty when the text is not a URL, or its percent-encoding is broken. */
    static Optional<ScannedUrl> parse(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (!SCHEME.matcher(trimmed).matches()) {
            // Some codes carry the whole URL percent-encoded, "https%3A%2F%2F...".
            Optional<String> decoded = tryDecode(trimmed);
            if (decoded.isEmpty() || !SCHEME.matcher(decoded.get()).matches()) {
                return Optional.empty();
            }
            trimmed = decoded.get();
        }
        // Split before decoding so an encoded '&' or '/' inside a value cannot change the structure.
        int hash = trimmed.indexOf('#');
        String withoutFragment = hash >= 0 ? trimmed.substring(0, hash) : trimmed;
        int question = withoutFragment.indexOf('?');
        String path = question >= 0 ? withoutFragment.substring(0, question) : withoutFragment;
        String queryText = question >= 0 ? withoutFragment.substring(question + 1) : "";
        try {
            Map<String, String> query = new LinkedHashMap<>();
            for (String pair : queryText.split("[&;]")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String key = decode(eq >= 0 ? pair.substring(0, eq) : pair).toLowerCase(Locale.ROOT);
                String value = eq >= 0 ? decode(pair.substring(eq + 1)) : "";
                query.putIfAbsent(key, value);
            }
            List<String> segments = new ArrayList<>();
            String afterScheme = path.substring(path.indexOf("://") + 3);
            String[] parts = afterScheme.split("/");
            for (int i = 1; i < parts.length; i++) { // parts[0] is the host
                if (!parts[i].isEmpty()) {
                    segments.add(decode(parts[i]));
                }
            }
            return Optional.of(new ScannedUrl(query, segments, decode(trimmed)));
        } catch (IllegalArgumentException brokenEncoding) {
            return Optional.empty();
        }
    }

    /** Like {@link #decode}, empty when the percent-encoding is broken. */
    static Optional<String> tryDecode(String text) {
        try {
            return Optional.of(decode(text));
        } catch (IllegalArgumentException broken) {
            return Optional.empty();
        }
    }

    /** Percent-decodes until nothing changes (documents have been seen encoded twice). */
    static String decode(String text) {
        String current = text;
        for (int i = 0; i < MAX_DECODE_ROUNDS && current.indexOf('%') >= 0; i++) {
            String next = URLDecoder.decode(current, StandardCharsets.UTF_8);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** The first value among {@code keys} (lower-case), in the given order. */
    Optional<String> firstValue(List<String> keys) {
        for (String key : keys) {
            String value = query.get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    List<String> pathSegments() {
        return pathSegments;
    }

    /** The whole URL decoded, for a last search by shape. */
    String decoded() {
        return decoded;
    }
}
