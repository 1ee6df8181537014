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

    public FaultInjector(long randomSeed) {
        this.random = new Random(randomSeed);
    }

    public synchronized void set(FaultSettings newSettings) {
        settings = newSettings;
        outageEndsNanos = newSettings.outageSeconds() > 0
                ? System.nanoTime() + Duration.ofSeconds(newSettings.outageSeconds()).toNanos() : 0;
    }

    /** The current settings; {@code outageSeconds} is what is left of the outage. */
    public synchronized FaultSettings current() {
        long left = outageSecondsLeft();
        return new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), settings.dropAfterCommitRate(),
                settings.malformedRate(), left);
    }

    /** All faults off. */
    public synchronized void clear() {
        set(FaultSettings.NONE);
    }

    public synchronized void latency(Duration latency) {
        set(new FaultSettings(latency.toMillis(), settings.serverErrorRate(), settings.dropAfterCommitRate(),
                settings.malformedRate(), outageSecondsLeft()));
    }

    public synchronized void serverErrors(double rate) {
        set(new FaultSettings(settings.latencyMs(), rate, settings.dropAfterCommitRate(), settings.malformedRate(),
                outageSecondsLeft()));
    }

    public synchronized void dropAfterCommit(double rate) {
        set(new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), rate, settings.malformedRate(),
                outageSecondsLeft()));
    }

    public synchronized void malformed(double rate) {
        set(new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), settings.dropAfterCommitRate(), rate,
                outageSecondsLeft()));
    }

    public synchronized void outage(Duration duration) {
        set(new FaultSettings(settings.latencyMs(), settings.serverErrorRate(), settings.dropAfterCommitRate(),
                settings.malformedRate(), Math.max(1, (duration.toMillis() + 999) / 1000)));
    }

    private long outageSecondsLeft() {
        long leftNanos = outageEndsNanos - System.nanoTime();
        return outageEndsNanos == 0 || leftNanos <= 0 ? 0 : (leftNanos + 999_999_999L) / 1_000_000_000L;
    }

    synchronized boolean inOutage() {
        return outageEndsNanos != 0 && System.nanoTime() < outageEndsNanos;
    }

    synchronized long latencyMs() {
        return settings.latencyMs();
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
