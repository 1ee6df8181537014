package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.simulator.StoredRegistration;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the crash loop counts, on made-up records: fast, no process started. */
class CrashLoopReportTest {

    private static final Instant RUN = Instant.parse("2026-12-02T07:00:00Z");
    private static final Instant KILL = RUN.plusSeconds(5);

    private final Map<String, String> acknowledged = new LinkedHashMap<>();
    private final List<StoredRegistration> service = new ArrayList<>();
    private final Map<String, String> kiosk = new LinkedHashMap<>();

    @Test
    void aRegistrationAtTheServiceOnceUnderItsReferenceIsDeliveredAndTheLoopHolds() {
        acknowledged("SG-A", "85073003328");
        registered("SG-A", "85073003328", RUN, List.of());

        CrashLoopReport report = report(true);

        assertThat(report.delivered()).isEqualTo(1);
        assertThat(report.resent()).isEqualTo(1);
        assertThat(report.mostSends()).isEqualTo(3);
        assertThat(report.lost()).isZero();
        assertThat(report.duplicates()).isZero();
        assertThat(report.holds()).isTrue();
    }

    @Test
    void anAcknowledgedRegistrationTheServiceDoesNotHoldIsLost() {
        acknowledged("SG-A", "85073003328");

        CrashLoopReport report = report(true);

        assertThat(report.lost()).isEqualTo(1);
        assertThat(report.holds()).isFalse();
    }

    @Test
    void twoUnflaggedRegistrationsOfThePersonAreADuplicateWhateverTheirReferences() {
        acknowledged("SG-A", "85073003328");
        registered("SG-A", "85073003328", RUN, List.of());
        registered("SG-B", "85073003328", RUN, List.of());

        CrashLoopReport report = report(true);

        assertThat(report.duplicates()).isEqualTo(1);
        assertThat(report.unknownToKiosk()).as("SG-B is in no outbox").isEqualTo(1);
        assertThat(report.holds()).isFalse();
    }

    @Test
    void aResendTheServiceRegisteredAgainAndFlaggedCountsOnceButOnlyWithoutReplay() {
        acknowledged("SG-A", "85073003328");
        registered("SG-A", "85073003328", RUN, List.of());
        registered("SG-A", "85073003328", RUN.plusSeconds(9), List.of(ServiceRecords.SAME_DECLARATION));

        assertThat(report(false).duplicates()).isZero();
        assertThat(report(false).flaggedRepeats()).isEqualTo(1);
        assertThat(report(false).holds()).as("the real service's published interface").isTrue();
        assertThat(report(true).holds()).as("a service that replays never registers a resend again").isFalse();
    }

    @Test
    void whatTheOutboxStillHoldsIsStuckAndARefusalBreaksTheLoopToo() {
        acknowledged("SG-A", "85073003328");
        registered("SG-A", "85073003328", RUN, List.of());
        kiosk.put("SG-P", "PENDING");
        kiosk.put("SG-S", "SENT");
        kiosk.put("SG-R", "REJECTED");

        CrashLoopReport report = report(true);

        assertThat(report.stuck()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.holds()).isFalse();
    }

    @Test
    void aRegistrationCommittedButNeverAcknowledgedIsCountedApartAndBreaksNothing() {
        acknowledged("SG-A", "85073003328");
        registered("SG-A", "85073003328", RUN, List.of());
        kiosk.put("SG-C", "ACCEPTED");
        registered("SG-C", "90022512361", RUN, List.of());

        CrashLoopReport report = report(true);

        assertThat(report.committedNotAcknowledged()).isEqualTo(1);
        assertThat(report.holds()).isTrue();
    }

    @Test
    void eachKillCountsUnderWhatItInterrupted() {
        ServiceRecords records = ServiceRecords.of(List.of(
                registration("SG-NEW", "85073003328", KILL.minusMillis(300), List.of()),
                registration("SG-OLD", "90022512361", RUN.minusSeconds(60), List.of())));

        assertThat(kill(Optional.of("85073003328"), false, List.of(), false).moments(records))
                .containsExactly(KillMoment.TAP_BEFORE_COMMIT);
        assertThat(kill(Optional.of("85073003328"), true, List.of("SG-NEW"), false).moments(records))
                .containsExactly(KillMoment.TAP_COMMITTED_NOT_ACKNOWLEDGED,
                        KillMoment.SERVICE_COMMITTED_REPLY_NOT_STORED);
        assertThat(kill(Optional.empty(), false, List.of("SG-OLD"), false).moments(records))
                .as("a resend of an earlier run's record, not yet answered").containsExactly(
                        KillMoment.SEND_BEFORE_SERVICE_COMMIT);
        assertThat(kill(Optional.empty(), false, List.of("SG-OLD"), true).moments(records))
                .as("the simulator was holding its answer").containsExactly(
                        KillMoment.SERVICE_COMMITTED_REPLY_NOT_STORED);
        assertThat(kill(Optional.empty(), false, List.of(), false).moments(records))
                .containsExactly(KillMoment.NOTHING_IN_FLIGHT);
    }

    private static Kill kill(Optional<String> tap, boolean committed, List<String> inFlight, boolean held) {
        return new Kill(0, Kill.Aim.RANDOM, RUN, KILL, tap, committed, inFlight, held);
    }

    private void acknowledged(String reference, String inss) {
        acknowledged.put(reference, inss);
        kiosk.put(reference, "ACCEPTED");
    }

    private void registered(String reference, String inss, Instant at, List<String> remarks) {
        service.add(registration(reference, inss, at, remarks));
    }

    private static StoredRegistration registration(String reference, String inss, Instant at, List<String> remarks) {
        return new StoredRegistration("1000000000" + Math.abs(reference.hashCode() % 100), "0566988259", reference,
                "1Y101DRUNWB5Z", LocalDate.of(2026, 12, 2), inss, null, "0566988259", null, null, at, "GATEWAY", 1,
                remarks.isEmpty() ? StoredRegistration.SUCCESSFULLY_REGISTERED : StoredRegistration.FAILED, remarks);
    }

    private CrashLoopReport report(boolean replay) {
        Map<String, Integer> attempts = new LinkedHashMap<>();
        kiosk.keySet().forEach(ref -> attempts.put(ref, ref.equals("SG-A") ? 3 : 1));
        return CrashLoopReport.of(replay, acknowledged, List.of(), ServiceRecords.of(service), kiosk, attempts,
                Duration.ofSeconds(1));
    }
}
