package be.sitegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.app.DataFolderLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sitegate kiosk} started as a real process on a data folder another kiosk (this test JVM)
 * holds: it says so in one plain line on standard error and in its log, with no stack trace, and
 * exits with 1.
 */
class SecondKioskProcessTest {

    @TempDir
    Path dir;

    @Test
    void aSecondKioskOnAHeldDataFolderSaysWhyAndExitsOne() throws Exception {
        Path data = dir.resolve("data");
        Path demoFolder = data.resolve("sitegate").resolve("demo");
        Path stderr = dir.resolve("kiosk.err");
        try (DataFolderLock first = DataFolderLock.acquire(demoFolder, Clock.systemUTC())) {
            String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            ProcessBuilder builder = new ProcessBuilder(java, "-cp", classpath, Main.class.getName(), "kiosk", "--demo",
                    "--windowed", "--config", Files.writeString(dir.resolve("empty.properties"), "").toString())
                    .redirectOutput(dir.resolve("kiosk.out").toFile())
                    .redirectError(stderr.toFile());
            builder.environment().put("XDG_DATA_HOME", data.toString());
            builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
            builder.environment().remove("DISPLAY");
            Process kiosk = builder.start();
            try {
                assertThat(kiosk.waitFor(90, TimeUnit.SECONDS)).as("the second kiosk ends by itself").isTrue();
            } finally {
                kiosk.destroyForcibly();
            }

            List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            String refusal = "Another SiteGate kiosk (pid " + ProcessHandle.current().pid() + ", started ";
            assertThat(kiosk.exitValue()).as(String.join("\n", lines)).isEqualTo(1);
            assertThat(lines).as("the command's own line")
                    .anySatisfy(line -> assertThat(line).startsWith("sitegate: " + refusal)
                            .contains("is already using the data folder " + first.folder() + ".")
                            .endsWith("(store.file in the configuration)."));
            assertThat(lines).as("the log line")
                    .anySatisfy(line -> assertThat(line).contains(" ERROR ").contains(refusal));
            assertThat(lines).as("no stack trace").noneSatisfy(line -> assertThat(line).matches("\\s+at .*"));
            assertThat(lines).noneSatisfy(line -> assertThat(line).contains("Exception"));
        }
    }
}
