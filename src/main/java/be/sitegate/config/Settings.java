package be.sitegate.config;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Typed reads of key/value settings; every failure names its key. */
final class Settings {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    private final Map<String, String> values;

    Settings(Map<String, String> values) {
        this.values = values;
    }

    Optional<String> optional(String key) {
        String v = values.get(key);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    String text(String key, String fallback) {
        return optional(key).orElse(fallback);
    }

    Optional<Path> path(String key) {
        return optional(key).map(v -> Path.of(v.startsWith("~/") ? System.getProperty("user.home") + v.substring(1) : v));
    }

    Optional<URI> httpsUrl(String key) {
        return optional(key).map(v -> {
            try {
                URI uri = URI.create(v);
                if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                    throw new ConfigException(key, "must be an https:// address, got '" + v + "'");
                }
                return uri;
            } catch (IllegalArgumentException e) {
                throw new ConfigException(key, "not a valid address: '" + v + "'");
            }
        });
    }

    /** {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}. */
    Duration duration(String key, Duration fallback) {
        return optional(key).map(v -> {
            Matcher m = DURATION.matcher(v.toLowerCase(Locale.ROOT));
            if (!m.matches()) {
                throw new ConfigException(key, "not a duration like 500ms, 5s, 2m or 1h: '" + v + "'");
            }
            long n = Long.parseLong(m.group(1));
            Duration d = switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            };
            if (d.isZero()) {
                throw new ConfigException(key, "must be longer than zero");
            }
            return d;
        }).orElse(fallback);
    }

    /** A whole number from {@code min} to {@code max}. */
    int integer(String key, int fallback, int min, int max) {
        return optional(key).map(v -> {
            int n;
            try {
                n = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw new ConfigException(key, "not a whole number: '" + v + "'");
            }
            if (n < min || n > max) {
                throw new ConfigException(key, "must be " + min + " to " + max + ", got " + n);
            }
            return n;
        }).orElse(fallback);
    }

    boolean bool(String key, boolean fallback) {
        return optional(key).map(v -> switch (v.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new ConfigException(key, "must be true or false, got '" + v + "'");
        }).orElse(fallback);
    }

    LocalTime time(String key, LocalTime fallback) {
        return optional(key).map(v -> {
            try {
                return LocalTime.parse(v);
            } catch (DateTimeParseException e) {
                throw new ConfigException(key, "not a time like 23:59: '" + v + "'");
            }
        }).orElse(fallback);
    }

    List<String> list(String key, List<String> fallback) {
        return optional(key).map(v -> Arrays.stream(v.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList())
                .orElse(fallback);
    }
}
