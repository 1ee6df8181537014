package be.sitegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.ops.CheckResult;
import be.sitegate.ops.DoctorReport;
import be.sitegate.store.KioskStore;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.UnderUmask;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sitegate backup} and {@code sitegate doctor} as an operator or a script calls them. */
class DoctorAndBackupCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SiteGateCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path kioskWithOneRegistration() throws Exception {
        Path store = dir.resolve("data").resolve("kiosk.db");
        try (KioskStore s = KioskStore.open(store, Clock.systemUTC())) {
            s.registrations().register(Fixtures.registration(Fixtures.ANNA, Fixtures.SITE, Fixtures.DAY));
        }
        return Files.writeString(dir.resolve("sitegate.properties"), "store.file=" + store + "\n");
    }

    @Test
    void underUmask000TheBackupIs0600InANew0700Folder() throws Exception {
        Path config = kioskWithOneRegistration();
        Path backup = dir.resolve("backups").resolve("monday.db");
        String output = UnderUmask.run("000", Main.class, "backup", "--config", config.toString(), "--out",
                backup.toString());

        assertThat(output).contains("backup written to " + backup, "1 registrations", "intact");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(backup.getParent())))
                .isEqualTo("rwx------");
    }

    @Test
    void aBackupRefusesAnExistingFileAndExitsOne() throws Exception {
        Path config = kioskWithOneRegistration();
        Path existing = Files.writeString(dir.resolve("existing.db"), "keep me");
        assertThat(run("backup", "--config", config.toString(), "--out", existing.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
        assertThat(Files.readString(existing)).isEqualTo("keep me");
    }

    @Test
    void doctorChecksABackupAndPrintsJsonForScripts() throws Exception {
        Path config = kioskWithOneRegistration();
        Path backup = dir.resolve("copy.db");
        assertThat(run("backup", "--config", config.toString(), "--out", backup.toString())).isZero();

        out.getBuffer().setLength(0);
        assertThat(run("doctor", "--backup", backup.toString(), "--json")).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("verdict").asText()).isEqualTo("ok");
        assertThat(json.path("exitCode").asInt()).isZero();
        assertThat(json.path("checks")).hasSize(1);
        JsonNode check = json.path("checks").get(0);
        assertThat(check.path("name").asText()).isEqualTo("backup");
        assertThat(check.path("verdict").asText()).isEqualTo("ok");
        assertThat(check.path("detail").asText()).contains("1 registrations");
        assertThat(check.has("fix")).isTrue();
        assertThat(check.path("fix").isNull()).isTrue();

        out.getBuffer().setLength(0);
        assertThat(run("doctor", "--backup", backup.toString(), "--skip", "backup", "--json")).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).path("checks")).isEmpty();

        out.getBuffer().setLength(0);
        Path garbage = Files.writeString(dir.resolve("garbage.db"), "definitely not an SQLite database file");
        assertThat(run("doctor", "--backup", garbage.toString())).isEqualTo(1);
        assertThat(out.toString()).startsWith("FAIL  backup").contains("fix: take a new one").endsWith("1 failed, 0 warnings\n");
    }

    @Test
    void logsBundlesTheKiosksLogFilesIntoANewPrivateFile() throws Exception {
        Path config = kioskWithOneRegistration();
        Path logs = Files.createDirectories(dir.resolve("data").resolve("logs"));
        Files.writeString(logs.resolve("sitegate.log"), java.time.LocalDateTime.now().format(
                java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")) + " INFO  [main] k - started\n");
        Path bundle = dir.resolve("support").resolve("bundle.txt");

        assertThat(run("logs", "--since", "1h", "--config", config.toString(), "--out", bundle.toString())).isZero();
        assertThat(Files.readString(bundle)).contains("k - started");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(bundle))).isEqualTo("rw-------");

        assertThat(run("logs", "--since", "1h", "--config", config.toString(), "--out", bundle.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("already exists");
        assertThat(run("logs", "--since", "last tuesday", "--config", config.toString())).isEqualTo(2);
    }

    @Test
    void theReadableReportIsOneLinePerCheckWithTheFixUnderEachProblem() throws Exception {
        DoctorReport report = new DoctorReport(List.of(CheckResult.ok("java", "Java 17"),
                CheckResult.warn("certificate", "only 12 days left", "renew it"),
                CheckResult.fail("clock", "6 min behind", "timedatectl set-ntp true")));
        assertThat(DoctorCommand.readable(report)).isEqualTo(String.join("\n",
                "ok    java         Java 17",
                "WARN  certificate  only 12 days left",
                "                   fix: renew it",
                "FAIL  clock        6 min behind",
                "                   fix: timedatectl set-ntp true",
                "1 failed, 1 warning", ""));
        JsonNode json = new ObjectMapper().readTree(DoctorCommand.toJson(report));
        assertThat(json.path("verdict").asText()).isEqualTo("fail");
        assertThat(json.path("exitCode").asInt()).isEqualTo(1);
        assertThat(json.path("checks").get(1).path("fix").asText()).isEqualTo("renew it");
        assertThat(new DoctorReport(List.of(report.results().get(1))).exitCode()).as("warnings alone exit 0").isZero();
    }
}
