package be.sitegate.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise at the kiosk: once a registration is shown as done it is on disk. A child JVM
 * registers, and is killed with SIGKILL (no shutdown hooks, no flushing) right after a call
 * returned; every registration it reported must be there when the file is opened again.
 */
class CrashDurabilityTest {

    @TempDir
    Path dir;

    @Test
    void everyRegistrationReportedBeforeSigkillSurvives() throws Exception {
        Path file = dir.resolve("kiosk.db");
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-cp", classpath, CrashingRegistrar.class.getName(), file.toString())
                .redirectError(dir.resolve("child.err").toFile())
                .start();
        List<String> reported = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (reported.size() < 25 && (line = out.readLine()) != null) {
                if (line.startsWith("COMMITTED ")) {
                    reported.add(line.substring("COMMITTED ".length()));
                }
            }
            child.destroyForcibly(); // SIGKILL on Linux
        }
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).isEqualTo(137); // 128 + SIGKILL
        assertThat(reported).as("child output, see " + dir.resolve("child.err") + File.separator).hasSize(25);

        try (KioskStore store = KioskStore.open(file, Clock.systemUTC())) {
            for (String reference : reported) {
                assertThat(store.registrations().find(new be.sitegate.domain.ClientReference(reference)))
                        .as(reference).isPresent();
            }
            assertThat(store.outbox().counts().pending()).isGreaterThanOrEqualTo(25);
        }
    }
}
