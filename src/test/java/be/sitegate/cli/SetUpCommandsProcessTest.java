package be.sitegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.pki.Certificates;
import be.sitegate.virtualcard.VirtualCardPki;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands a newcomer types while setting up, run as real processes the way the README shows
 * them: each must end by itself and say what it did or what is missing.
 */
class SetUpCommandsProcessTest {

    @TempDir
    Path dir;

    @Test
    void writingTheVirtualCardsRootEndsTheCommand() throws Exception {
        Path pem = dir.resolve("virtual-root.pem");

        Finished run = sitegate("virtual-card", "--write-root", pem.toString());

        assertThat(run.exit()).as(run.stderr()).isZero();
        assertThat(run.stdout()).contains("test root written to " + pem);
        assertThat(Certificates.readAll(pem)).containsExactly(VirtualCardPki.testRoot());
    }

    @Test
    void aKioskWithNoConfigurationNamesTheFileItLookedForAndTheSample() throws Exception {
        Path lookedFor = dir.resolve("config").resolve("sitegate").resolve("sitegate.properties");

        Finished run = sitegate("kiosk", "--windowed");

        assertThat(run.exit()).as(run.stderr()).isEqualTo(1);
        assertThat(run.stderr().lines().filter(l -> l.startsWith("sitegate: ")).toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("sitegate: " + lookedFor + ": no configuration")
                        .contains("kiosk-config/sitegate.properties"));
    }

    private record Finished(int exit, String stdout, String stderr) {
    }

    /** Runs {@code sitegate ARGS} in a JVM of its own, with its own empty config and data folders. */
    private Finished sitegate(String... args) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", classpath, Main.class.getName()));
        command.addAll(List.of(args));
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        builder.environment().remove("DISPLAY");
        Process process = builder.start();
        try {
            assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("sitegate %s ends by itself", List.of(args)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        return new Finished(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
