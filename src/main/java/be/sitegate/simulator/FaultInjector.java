package be.sitegate.simulator;

import java.time.Duration;
import java.util.Random;

/**
 * The simulator's switchable misbehaviour, so the kiosk's outbox, retries and resend-on-doubt can
 * be tested against every failure a real network and a real central service produce. The random
 * generator is seeded, so a test that sets a rate sees the same sequence of faults on every run.
 * Outage windows run on the real (monotonic) time, not the injected clock: they are about seconds
 * of wall time, not about "today".
 */
public final class FaultInjector {

    private final Random random;
    private FaultSettings settings = FaultSettings.NONE;
    private long outageEndsNanos;
    private long rateLimitEndsNanos;

    public FaultInjector(long randomSeed) {
        this.random = new Random(randomSeed);
    }

    public synchronized void set(FaultSettings newSettings) {
        settings = newSettings;
        outageEndsNanos = endOf(newSettings.outageSeconds());
        rateLimitEndsNanos = endOf(newSettings.rateLimitSeconds());
    }

    /** The current settings; {@code outageSeconds} is what is left of the outage. */
    public synchronized FaultSettings current() {
        return new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), settings.dropAfterCommitRate(),
                settings.malformedRate(), outageSecondsLeft(), rateLimitSecondsLeft(), settings.lateAnswerMs());
    }

    /** All faults off. */
    public synchronized void clear() {
        set(FaultSettings.NONE);
    }

    public synchronized void latency(Duration latency) {
        set(new FaultSettings(latency.toMillis(), settings.serverErrorRate(), settings.dropAfterCommitRate(),
                settings.malformedRate(), outageSecondsLeft(), rateLimitSecondsLeft(), settings.lateAnswerMs()));
    }

    public synchronized void serverErrors(double rate) {
        set(new FaultSettings(settings.latencyMs(), rate, settings.dropAfterCommitRate(), settings.malformedRate(),
                outageSecondsLeft(), rateLimitSecondsLeft(), settings.lateAnswerMs()));
    }

    public synchronized void dropAfterCommit(double rate) {
        set(new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), rate, settings.malformedRate(),
                outageSecondsLeft(), rateLimitSecondsLeft(), settings.lateAnswerMs()));
    }

    public synchronized void malformed(double rate) {
        set(new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), settings.dropAfterCommitRate(), rate,
                outageSecondsLeft(), rateLimitSecondsLeft(), settings.lateAnswerMs()));
    }

    public synchronized void outage(Duration duration) {
        set(new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), settings.dropAfterCommitRate(),
                settings.malformedRate(), Math.max(1, (duration.toMillis() + 999) / 1000), rateLimitSecondsLeft(),
                settings.lateAnswerMs()));
    }

    /** Every call answered 429 with a Retry-After of the seconds left, for this long. */
    public synchronized void rateLimit(Duration duration) {
        set(new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), settings.dropAfterCommitRate(),
                settings.malformedRate(), outageSecondsLeft(), Math.max(1, (duration.toMillis() + 999) / 1000),
                settings.lateAnswerMs()));
    }

    /** Every {@code /api/**} answer held back this long after its work was committed. */
    public synchronized void lateAnswer(Duration delay) {
        set(new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), settings.dropAfterCommitRate(),
                settings.malformedRate(), outageSecondsLeft(), rateLimitSecondsLeft(), delay.toMillis()));
    }

    private static long endOf(long seconds) {
        return seconds > 0 ? System.nanoTime() + Duration.ofSeconds(seconds).toNanos() : 0;
    }

    private static long secondsLeft(long endsNanos) {
        long leftNanos = endsNanos - System.nanoTime();
        return endsNanos == 0 || leftNanos <= 0 ? 0 : (leftNanos + 999_999_999L) / 1_000_000_000L;
    }

    private long outageSecondsLeft() {
        return secondsLeft(outageEndsNanos);
    }

    private long rateLimitSecondsLeft() {
        return secondsLeft(rateLimitEndsNanos);
    }

    synchronized boolean inOutage() {
        return outageEndsNanos != 0 && System.nanoTime() < outageEndsNanos;
    }

    /** The seconds a rate-limited caller should wait, or 0 when calls are not limited now. */
    synchronized long rateLimitedFor() {
        return rateLimitSecondsLeft();
    }

    synchronized long latencyMs() {
        return settings.latencyMs();
    }

    synchronized long lateAnswerMs() {
        return settings.lateAnswerMs();
    }

    synchronized boolean rollServerError() {
        return roll(settings.serverErrorRate());
    }

    synchronized boolean rollDropAfterCommit() {
        return roll(settings.dropAfterCommitRate());
    }

    synchronized boolean rollMalformed() {
        return roll(settings.malformedRate());
    }

    private boolean roll(double rate) {
        return rate > 0 && random.nextDouble() < rate;
    }
}
