package be.sitegate.ops;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --since} as support writes it: a time back from now ({@code 30m}, {@code 2h}, {@code 3d}), a
 * day ({@code 2026-11-23}, from its midnight) or a moment ({@code 2026-11-23T07:00}), in this
 * computer's time zone, as the log lines and the journal are.
 */
public final class LogSince {

    private static final Pattern BACK = Pattern.compile("(\\d{1,5})\\s*(m|h|d)");

    private LogSince() {
    }

    public static LocalDateTime parse(String text, Clock clock, ZoneId zone) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        Matcher m = BACK.matcher(t);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), zone);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            Duration back = switch (m.group(2)) {
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                default -> Duration.ofDays(n);
            };
            return now.minus(back);
        }
        try {
            return t.contains("t") ? LocalDateTime.parse(text.strip()) : LocalDate.parse(t).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--since takes 30m, 2h, 3d, a day (2026-11-23) or a moment"
                    + " (2026-11-23T07:00), not '" + text + "'");
        }
    }
}
