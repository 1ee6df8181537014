package be.sitegate.card;

import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * How the reader works on this kiosk.
 *
 * @param trustedRoots roots the RRN certificate must chain to: the Belgium Root CAs in
 *     production, {@code VirtualCardPki.testRoot()} in demo and test mode
 * @param clock today's date for the validity check
 * @param timeLimit the most one read (or one photo read) may take; a slow card must not hang the kiosk
 * @param requireKnownAtr refuse cards whose ATR is not a known eID ATR before sending any APDU;
 *     off by default because new card generations may bring new ATRs (a failing SELECT still
 *     tells a non-eID card)
 * @param removalGrace how long to wait, after an APDU failed, for the reader to notice the card
 *     was pulled (pcscd polls its readers)
 */
public record EidReaderSettings(List<X509Certificate> trustedRoots, Clock clock, Duration timeLimit,
        boolean requireKnownAtr, Duration removalGrace) {

    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(5);

    public EidReaderSettings {
        trustedRoots = List.copyOf(trustedRoots);
    }

    public static EidReaderSettings trusting(List<X509Certificate> roots) {
        return new EidReaderSettings(roots, Clock.systemDefaultZone(), DEFAULT_TIME_LIMIT, false,
                Duration.ofSeconds(3));
    }

    public EidReaderSettings withClock(Clock value) {
        return new EidReaderSettings(trustedRoots, value, timeLimit, requireKnownAtr, removalGrace);
    }

    public EidReaderSettings withTimeLimit(Duration value) {
        return new EidReaderSettings(trustedRoots, clock, value, requireKnownAtr, removalGrace);
    }

    public EidReaderSettings withRequireKnownAtr(boolean value) {
        return new EidReaderSettings(trustedRoots, clock, timeLimit, value, removalGrace);
    }
}
