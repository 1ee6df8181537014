package be.sitegate.reliability;

import java.time.Duration;

/**
 * How long each fault lasts and how many workers register during it. The outage lasts longer than
 * the others: long enough for the forwarder to climb its whole backoff ramp and then wait at the cap
 * several times, which is what "an outage longer than the attempt budget" means for a forwarder
 * that has no attempt limit.
 */
record MatrixPlan(int registrations, Duration faultLength, Duration outageLength) {

    /** The suite's bounded form: a few registrations, seconds per fault. */
    static MatrixPlan bounded() {
        int atTheCap = 3;
        Duration ramp = MatrixBench.BACKOFF_CAP.multipliedBy(new BackoffAllowance(MatrixBench.backoff()).ramp());
        return new MatrixPlan(3, Duration.ofMillis(1500), ramp.plus(MatrixBench.BACKOFF_CAP.multipliedBy(atTheCap)));
    }

    /** The long form of {@code .ci/soak faults}: more workers, faults several times longer. */
    static MatrixPlan soak() {
        return new MatrixPlan(10, Duration.ofSeconds(10), Duration.ofSeconds(30));
    }

    Duration lengthOf(ServiceFault fault) {
        return fault == ServiceFault.OUTAGE_BEYOND_THE_BACKOFF ? outageLength : faultLength;
    }
}
