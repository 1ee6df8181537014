package be.sitegate.sync;

import be.sitegate.testkit.TestClock;
import java.time.Instant;

/**
 * Runs a {@link ForwardingCycle} the way the forwarder's thread does, but on a clock the test moves:
 * a day of backoff passes in the time the cycles themselves take. A wake (a new record) cuts a
 * wakeable pause short, as it does on the thread.
 */
final class VirtualTime {

    private final ForwardingCycle cycle;
    private final TestClock clock;
    private Instant nextCycle;
    private Pause last = Pause.now();
    private int cycles;

    VirtualTime(ForwardingCycle cycle, TestClock clock) {
        this.cycle = cycle;
        this.clock = clock;
        this.nextCycle = clock.instant();
    }

    /** Runs every cycle that falls before {@code until}, then leaves the clock at {@code until}. */
    void runUntil(Instant until) {
        while (!nextCycle.isAfter(until)) {
            if (nextCycle.isAfter(clock.instant())) {
                clock.set(nextCycle);
            }
            last = cycle.run();
            cycles++;
            nextCycle = clock.instant().plus(last.duration());
        }
        clock.set(until);
    }

    /** Something new was stored now. */
    void wake() {
        if (last.wakeable()) {
            nextCycle = clock.instant();
        }
    }

    /** Someone pressed "send now". */
    void sendNow() {
        cycle.sendNow();
        nextCycle = clock.instant();
    }

    Instant nextCycle() {
        return nextCycle;
    }

    int cycles() {
        return cycles;
    }
}
