package be.sitegate.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * Tunable timings and the window of the kiosk screens.
 *
 * @param returnDelay how long a confirmation or message stays before the idle screen returns
 * @param choiceTimeout how long an unanswered question (employer, break or end) waits
 * @param scanKeyGap the largest gap between two keys that still counts as a scanner typing
 * @param windowed a normal window instead of full screen (setting up a kiosk, tests, screenshots)
 */
public record KioskSettings(Duration returnDelay, Duration choiceTimeout, Locale defaultLocale, Duration scanKeyGap,
        boolean windowed) {

    public KioskSettings {
        Objects.requireNonNull(returnDelay, "returnDelay");
        Objects.requireNonNull(choiceTimeout, "choiceTimeout");
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        Objects.requireNonNull(scanKeyGap, "scanKeyGap");
    }

    public static KioskSettings defaults() {
        return new KioskSettings(Duration.ofSeconds(6), Duration.ofSeconds(30), Locale.forLanguageTag("nl"),
                Duration.ofMillis(50), false);
    }

    public KioskSettings withReturnDelay(Duration delay) {
        return new KioskSettings(delay, choiceTimeout, defaultLocale, scanKeyGap, windowed);
    }

    public KioskSettings withDefaultLocale(Locale locale) {
        return new KioskSettings(returnDelay, choiceTimeout, locale, scanKeyGap, windowed);
    }

    public KioskSettings withScanKeyGap(Duration gap) {
        return new KioskSettings(returnDelay, choiceTimeout, defaultLocale, gap, windowed);
    }

    public KioskSettings withWindowed(boolean inAWindow) {
        return new KioskSettings(returnDelay, choiceTimeout, defaultLocale, scanKeyGap, inAWindow);
    }
}
