package be.sitegate.config;

import java.time.Duration;
import java.util.Map;

/**
 * The sensible range of each duration key. A value outside it is refused at start-up, not obeyed:
 * a timeout of years leaves a worker waiting forever behind a dead network, a pull every millisecond
 * floods the service, a confirmation shown for a day blocks the gate. The bounds are wide, so that a
 * slow site can still be served; they are written in {@code kiosk-config/sitegate.properties}.
 * A duration key without an entry here gets {@link #ANY}: above zero and at most a year.
 */
final class DurationLimits {

    record Range(Duration min, Duration max, String why) {
    }

    static final Range ANY = new Range(Duration.ofMillis(1), Duration.ofDays(365), "longer is not a duration anyone means");

    private static final Map<String, Range> RANGES = Map.of(
            "central.connect-timeout", new Range(Duration.ofMillis(100), Duration.ofMinutes(2),
                    "a connection is made in well under a second or not at all"),
            "central.read-timeout", new Range(Duration.ofSeconds(1), Duration.ofMinutes(10),
                    "longer keeps the forwarder behind a dead connection"),
            "central.call-timeout", new Range(Duration.ofSeconds(1), Duration.ofHours(1),
                    "longer keeps the forwarder behind a dead connection"),
            "sync.backoff-initial", new Range(Duration.ofMillis(100), Duration.ofHours(1),
                    "shorter hammers a failing service, longer delays the first retry too much"),
            "sync.backoff-max", new Range(Duration.ofSeconds(1), Duration.ofHours(6),
                    "longer leaves registrations unsent for most of a working day after an outage"),
            "sync.pull-interval", new Range(Duration.ofSeconds(10), Duration.ofHours(24),
                    "shorter floods the service with searches"),
            "card.read-timeout", new Range(Duration.ofMillis(500), Duration.ofMinutes(2),
                    "a card is read in seconds; longer leaves the worker in front of a stuck screen"),
            "kiosk.confirmation-time", new Range(Duration.ofSeconds(1), Duration.ofMinutes(5),
                    "longer keeps one worker's name on screen for the next one to read"));

    private DurationLimits() {
    }

    static Range of(String key) {
        return RANGES.getOrDefault(key, ANY);
    }

    static String written(Duration d) {
        if (d.toMillis() % 3_600_000 == 0) {
            return d.toHours() + "h";
        }
        if (d.toMillis() % 60_000 == 0) {
            return d.toMinutes() + "m";
        }
        if (d.toMillis() % 1000 == 0) {
            return d.toSeconds() + "s";
        }
        return d.toMillis() + "ms";
    }
}
