package be.sitegate.ops;

import java.time.Duration;
import java.time.Instant;

/**
 * This computer's clock against the service's ({@code Date} of the probe's answer). The kiosk stamps
 * every Check In and Out event with its own clock, and the service refuses client assertions
 * dated too far off: over 30 seconds is a warning (time synchronisation is not working), over 5
 * minutes a failure (event times are wrong and sign-ins will start failing).
 */
public final class ClockCheck implements Check {

    public static final Duration WARN_ABOVE = Duration.ofSeconds(30);
    public static final Duration FAIL_ABOVE = Duration.ofMinutes(5);
    /** {@code Date} is whole seconds: the service's time lies somewhere in that second. */
    private static final Duration DATE_RESOLUTION = Duration.ofSeconds(1);

    private final CentralProbe probe;

    public ClockCheck(CentralProbe probe) {
        this.probe = probe;
    }

    @Override
    public String name() {
        return "clock";
    }

    @Override
    public CheckResult run() {
        CentralProbe.Outcome outcome = probe.outcome();
        String fix = "turn time synchronisation on: 'timedatectl set-ntp true' (systemd-timesyncd), and check that"
                + " the kiosk may reach an NTP server";
        if (!(outcome instanceof CentralProbe.Answered a)) {
            return CheckResult.warn(name(), "not compared: the service was not reached",
                    "fix the central service first; meanwhile 'timedatectl' shows whether the clock is synchronised");
        }
        if (a.serverDate().isEmpty()) {
            return CheckResult.warn(name(), "not compared: the service's answer has no Date", fix);
        }
        Instant localMiddle = a.sentAt().plus(CentralProbe.roundTrip(a).dividedBy(2));
        Instant serverMiddle = a.serverDate().get().plus(DATE_RESOLUTION.dividedBy(2));
        Duration skew = Duration.between(serverMiddle, localMiddle);
        Duration margin = DATE_RESOLUTION.plus(CentralProbe.roundTrip(a)).dividedBy(2);
        Duration beyondDoubt = skew.abs().minus(margin).isNegative() ? Duration.ZERO : skew.abs().minus(margin);
        String detail = "this computer is " + words(skew) + " the service (±" + margin.toMillis() + " ms)";
        if (beyondDoubt.compareTo(FAIL_ABOVE) > 0) {
            return CheckResult.fail(name(), detail, fix);
        }
        if (beyondDoubt.compareTo(WARN_ABOVE) > 0) {
            return CheckResult.warn(name(), detail, fix);
        }
        return CheckResult.ok(name(), detail);
    }

    private static String words(Duration skew) {
        long ms = skew.toMillis();
        String amount = Math.abs(ms) >= 1000 ? Math.abs(ms) / 1000 + " s" : Math.abs(ms) + " ms";
        return amount + (ms >= 0 ? " ahead of" : " behind");
    }
}
