package be.sitegate.ui;

import be.sitegate.kiosk.CertificateExpiry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Tunable timings and the window of the kiosk screens.
 *
 * @param returnDelay how long a confirmation or message stays before the idle screen returns
 * @param choiceTimeout how long an unanswered question (employer, break or end) waits
 * @param scanKeyGap the largest gap between two keys that still counts as a scanner typing
 * @param windowed a normal window instead of full screen (setting up a kiosk, tests, screenshots)
 * @param tapSettle how long after a screen change a press is not yet taken as a tap on the new screen
 * @param languages the language buttons offered, in this order, by language code; empty offers all
 * @param certificateExpiry when the technical user's certificate expires, for the status bar's warning
 */
public record KioskSettings(Duration returnDelay, Duration choiceTimeout, Locale defaultLocale, Duration scanKeyGap,
        boolean windowed, Duration tapSettle, List<String> languages, Optional<CertificateExpiry> certificateExpiry) {

    public KioskSettings {
        Objects.requireNonNull(returnDelay, "returnDelay");
        Objects.requireNonNull(choiceTimeout, "choiceTimeout");
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        Objects.requireNonNull(scanKeyGap, "scanKeyGap");
        Objects.requireNonNull(tapSettle, "tapSettle");
        languages = List.copyOf(languages);
        Objects.requireNonNull(certificateExpiry, "certificateExpiry");
    }

    public KioskSettings(Duration returnDelay, Duration choiceTimeout, Locale defaultLocale, Duration scanKeyGap,
            boolean windowed, Duration tapSettle) {
        this(returnDelay, choiceTimeout, defaultLocale, scanKeyGap, windowed, tapSettle, List.of(), Optional.empty());
    }

    /**
     * A touch screen may deliver one tap twice (as touch and as pointer) a few milliseconds apart; no
     * worker reads a new screen and taps it within a quarter of a second.
     */
    static final Duration TAP_SETTLE = Duration.ofMillis(250);

    public static KioskSettings defaults() {
        return new KioskSettings(Duration.ofSeconds(6), Duration.ofSeconds(30), Locale.forLanguageTag("nl"),
                Duration.ofMillis(50), false, TAP_SETTLE);
    }

    public KioskSettings withReturnDelay(Duration delay) {
        return new KioskSettings(delay, choiceTimeout, defaultLocale, scanKeyGap, windowed, tapSettle, languages,
                certificateExpiry);
    }

    public KioskSettings withChoiceTimeout(Duration timeout) {
        return new KioskSettings(returnDelay, timeout, defaultLocale, scanKeyGap, windowed, tapSettle, languages,
                certificateExpiry);
    }

    public KioskSettings withDefaultLocale(Locale locale) {
        return new KioskSettings(returnDelay, choiceTimeout, locale, scanKeyGap, windowed, tapSettle, languages,
                certificateExpiry);
    }

    public KioskSettings withScanKeyGap(Duration gap) {
        return new KioskSettings(returnDelay, choiceTimeout, defaultLocale, gap, windowed, tapSettle, languages,
                certificateExpiry);
    }

    public KioskSettings withWindowed(boolean inAWindow) {
        return new KioskSettings(returnDelay, choiceTimeout, defaultLocale, scanKeyGap, inAWindow, tapSettle, languages,
                certificateExpiry);
    }

    public KioskSettings withLanguages(List<String> codes) {
        return new KioskSettings(returnDelay, choiceTimeout, defaultLocale, scanKeyGap, windowed, tapSettle, codes,
                certificateExpiry);
    }

    public KioskSettings withCertificateExpiry(CertificateExpiry expiry) {
        return new KioskSettings(returnDelay, choiceTimeout, defaultLocale, scanKeyGap, windowed, tapSettle, languages,
                Optional.of(expiry));
    }

    public KioskSettings withTapSettle(Duration settle) {
        return new KioskSettings(returnDelay, choiceTimeout, defaultLocale, scanKeyGap, windowed, settle, languages,
                certificateExpiry);
    }
}
