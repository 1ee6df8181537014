package be.sitegate.simulator;

/**
 * Which faults the simulator injects into {@code /oauth2/token} and {@code /api/**} calls. Rates are
 * shares between 0 and 1, drawn from the injector's seeded random generator.
 *
 * @param latencyMs added to every call before it is handled
 * @param serverErrorRate share of calls answered {@code 500} before anything is done
 * @param dropAfterCommitRate share of calls whose connection is closed without an answer after
 *        the work was committed: the client cannot tell whether it happened
 * @param malformedRate share of calls answered {@code 200} with a body that is not valid JSON, after
 *        the work was committed
 * @param outageSeconds every call is answered {@code 503} for this many seconds from when it was set
 *        (on reading: the seconds left)
 * @param rateLimitSeconds every call is answered {@code 429 Too Many Requests} with a {@code Retry-After}
 *        of the seconds left, for this many seconds from when it was set (on reading: the seconds left)
 * @param lateAnswerMs added to every {@code /api/**} call after its work was committed, before the answer
 *        is written: a client whose read timeout is shorter gives up on a call that did happen. Not
 *        applied to the token endpoint, so the doubt falls on the work, not on getting a token.
 */
public record FaultSettings(long latencyMs, double serverErrorRate, double dropAfterCommitRate, double malformedRate,
        long outageSeconds, long rateLimitSeconds, long lateAnswerMs) {

    public static final FaultSettings NONE = new FaultSettings(0, 0, 0, 0, 0, 0, 0);

    /** The faults of earlier versions, without a late answer. */
    public FaultSettings(long latencyMs, double serverErrorRate, double dropAfterCommitRate, double malformedRate,
            long outageSeconds, long rateLimitSeconds) {
        this(latencyMs, serverErrorRate, dropAfterCommitRate, malformedRate, outageSeconds, rateLimitSeconds, 0);
    }

    /** The faults of earlier versions, without a rate limit. */
    public FaultSettings(long latencyMs, double serverErrorRate, double dropAfterCommitRate, double malformedRate,
            long outageSeconds) {
        this(latencyMs, serverErrorRate, dropAfterCommitRate, malformedRate, outageSeconds, 0, 0);
    }

    public FaultSettings {
        if (latencyMs < 0 || outageSeconds < 0 || rateLimitSeconds < 0 || lateAnswerMs < 0) {
            throw new IllegalArgumentException(
                    "latencyMs, outageSeconds, rateLimitSeconds and lateAnswerMs must not be negative");
        }
        for (double rate : new double[] {serverErrorRate, dropAfterCommitRate, malformedRate}) {
            if (rate < 0 || rate > 1 || Double.isNaN(rate)) {
                throw new IllegalArgumentException("rates must lie between 0 and 1");
            }
        }
    }
}
