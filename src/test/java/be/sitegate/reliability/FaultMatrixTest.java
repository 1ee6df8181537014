package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bounded form of the central service's fault matrix (issue 18, part 2; the long form is
 * {@code .ci/soak faults}): each fault once, on the project's simulator over loopback HTTPS and an
 * assembled kiosk with its real SQLite outbox and forwarder. For each: nothing lost, nothing twice
 * at the service, everything delivered once it is back, no more calls than the backoff allows, and
 * the status bar true after every registration during the fault and once it is over.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaultMatrixTest {

    private MatrixBench bench;
    private FaultRound round;
    private final MatrixPlan plan = MatrixPlan.bounded();

    @BeforeAll
    void open(@TempDir Path dir) {
        bench = new MatrixBench(dir);
        round = new FaultRound(bench);
    }

    @AfterAll
    void close() {
        bench.close();
    }

    private RowResult keptThrough(ServiceFault fault) {
        RowResult r = round.run(fault, plan.registrations(), plan.lengthOf(fault));
        System.out.print(MatrixTable.of(java.util.List.of(r)));
        assertThat(r.lost()).as(fault + " lost").isZero();
        assertThat(r.duplicates()).as(fault + " duplicated").isZero();
        assertThat(r.delivered()).as(fault + " delivered").isEqualTo(plan.registrations());
        assertThat(r.statusSteps()).as(fault + " status steps").isEqualTo(plan.registrations() + 1);
        assertThat(r.failedExchanges()).as(fault + " calls at the kiosk").isLessThanOrEqualTo(r.allowedCalls());
        assertThat(r.registerCalls()).as(fault + " calls at the service").isLessThanOrEqualTo(r.allowedCalls());
        return r;
    }

    @Test
    void anOutageLongerThanTheBackoffsRampIsWaitedOutAtTheCapAndEverythingArrivesOnce() {
        RowResult r = keptThrough(ServiceFault.OUTAGE_BEYOND_THE_BACKOFF);
        // No attempt limit ends a record: after the ramp the forwarder went on asking at the cap.
        assertThat(r.failedExchanges()).isGreaterThan(new BackoffAllowance(MatrixBench.backoff()).ramp());
        assertThat(r.registerCalls()).isEqualTo(r.failedExchanges());
    }

    @Test
    void theServicesProcessDownAndBackOnItsPortLosesNothing() {
        RowResult r = keptThrough(ServiceFault.PROCESS_DOWN_AND_BACK);
        assertThat(r.registerCalls()).as("nothing at the service to count").isEqualTo(-1);
        assertThat(r.failedExchanges()).isPositive();
    }

    @Test
    void theServicesProcessDownWhileItHoldsACommittedCallIsResentOnceItIsBack() {
        RowResult r = keptThrough(ServiceFault.PROCESS_DOWN_WITH_A_CALL_IN_FLIGHT);
        assertThat(r.failedExchanges()).isPositive();
    }

    @Test
    void serverErrorsAreRetriedWithBackoffAndNothingIsLost() {
        RowResult r = keptThrough(ServiceFault.SERVER_ERRORS);
        assertThat(r.failedExchanges()).isPositive();
    }

    @Test
    void repliesLostAfterCommitAreResentWithoutADuplicate() {
        RowResult r = keptThrough(ServiceFault.LOST_REPLIES);
        assertThat(r.failedExchanges()).isPositive();
    }

    @Test
    void malformedBodiesAfterCommitAreResentWithoutADuplicate() {
        RowResult r = keptThrough(ServiceFault.MALFORMED_BODIES);
        assertThat(r.failedExchanges()).isPositive();
    }

    @Test
    void expiredTokensAreRenewedWithoutTheStatusBarNoticing() {
        RowResult r = keptThrough(ServiceFault.EXPIRED_TOKENS);
        assertThat(r.failedExchanges()).isZero();
        assertThat(r.registerCalls()).as("each registration refused once, then sent with a new token")
                .isEqualTo(2L * plan.registrations());
    }

    @Test
    void answersLaterThanTheReadTimeoutAfterCommitAreResentWithoutADuplicate() {
        RowResult r = keptThrough(ServiceFault.LATE_ANSWERS);
        assertThat(r.failedExchanges()).isPositive();
    }
}
