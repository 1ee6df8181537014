package be.sitegate.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash loop's bounded form (issue 18, part 1): the kiosk's real process killed with SIGKILL 5
 * times against the simulator's real process, then drained; the long form is {@code .ci/soak crash}.
 * Nothing here can be missing on a build machine (two JVMs and loopback), so nothing is skipped.
 */
class CrashLoopTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES) // a hang, not a latency
    void everyAcknowledgedRegistrationIsAtTheServiceExactlyOnceAfterFiveKills() throws Exception {
        CrashLoopReport report = new CrashLoop(5, true, 18, dir, JavaProcess.testClasspath()).run();

        ByteArrayOutputStream text = new ByteArrayOutputStream();
        report.print(new PrintStream(text, true, StandardCharsets.UTF_8));
        String printed = text.toString(StandardCharsets.UTF_8);
        System.out.print(printed);
        assertThat(report.kills()).isEqualTo(5);
        assertThat(report.acknowledged()).as(printed).isPositive();
        assertThat(report.lost()).as(printed).isZero();
        assertThat(report.duplicates()).as(printed).isZero();
        assertThat(report.flaggedRepeats()).as("the simulator replays references: a resend is never registered again")
                .isZero();
        assertThat(report.stuck()).as(printed).isZero();
        assertThat(report.refused()).as(printed).isZero();
        assertThat(report.unknownToKiosk()).as(printed).isZero();
        assertThat(report.delivered()).as(printed).isEqualTo(report.acknowledged());
        assertThat(report.killsWithSendInFlight()).as(printed).isPositive();
        assertThat(report.holds()).as(printed).isTrue();
    }
}
