package be.sitegate.reliability;

import be.sitegate.simulator.StoredRegistration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One SIGKILL of the kiosk and the evidence of what it interrupted, taken from its store right after
 * it died: the tap it had begun (and whether that was committed), and the records a send had marked
 * SENT in this run without an answer stored.
 *
 * @param aim what the harness waited for before killing
 * @param runStarted when this run of the kiosk was started (its SENT marks are at or after it)
 * @param at when the kill was sent
 * @param answerHeld the simulator was holding back a registration answer at that moment (its log)
 */
record Kill(int round, Aim aim, Instant runStarted, Instant at, Optional<String> tapInProgress,
        boolean tapCommitted, List<String> inFlight, boolean answerHeld) {

    /** What the harness waits for, after a random pause, before it kills. */
    enum Aim {
        RANDOM("nothing more: a random moment"),
        HELD_REPLY("the service committing a registration call and holding its answer"),
        TAP("the kiosk beginning a registration");

        private final String description;

        Aim(String description) {
            this.description = description;
        }

        String description() {
            return description;
        }
    }

    Kill {
        inFlight = List.copyOf(inFlight);
    }

    /** The evidence in one line, for the harness's progress output. */
    String evidence() {
        return "aim " + aim + "; tap in progress: "
                + tapInProgress.map(t -> tapCommitted ? "committed" : "not committed").orElse("none")
                + "; " + inFlight.size() + " SENT; answer held: " + (answerHeld ? "yes" : "no");
    }

    /**
     * Every moment this kill landed in. A send in flight had passed the service's commit when the
     * service was holding back its answer at the kill, or when one of its records was registered there
     * during this run and before the kill (the answer was on its way or read, not yet stored). Else it
     * was killed before that commit: the call was still on its way, or waiting out the latency, and
     * the service registered its records later (it went on with a call whose client had died) or at
     * the resend.
     */
    Set<KillMoment> moments(ServiceRecords service) {
        Set<KillMoment> moments = EnumSet.noneOf(KillMoment.class);
        if (tapInProgress.isPresent()) {
            moments.add(tapCommitted ? KillMoment.TAP_COMMITTED_NOT_ACKNOWLEDGED : KillMoment.TAP_BEFORE_COMMIT);
        }
        if (!inFlight.isEmpty()) {
            boolean committed = answerHeld || inFlight.stream().flatMap(ref -> service.withReference(ref).stream())
                    .map(StoredRegistration::creationDate)
                    .anyMatch(created -> !created.isBefore(runStarted) && !created.isAfter(at));
            moments.add(committed ? KillMoment.SERVICE_COMMITTED_REPLY_NOT_STORED
                    : KillMoment.SEND_BEFORE_SERVICE_COMMIT);
        }
        if (moments.isEmpty()) {
            moments.add(KillMoment.NOTHING_IN_FLIGHT);
        }
        return moments;
    }
}
