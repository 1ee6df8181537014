package be.sitegate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.pki.Certificates;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code sitegate kiosk} on a configured site whose store file is damaged stops before anything
 * else starts, with one line that says what is wrong, where and what to do: no stack trace, no
 * SQLite wording, a non-zero exit code for systemd.
 */
class KioskStartupFailureTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aDamagedStoreIsOneLineThatNamesTheFileAndTheWayBack() throws Exception {
        Path store = dir.resolve("data/kiosk.db");
        Files.createDirectories(store.getParent());
        Files.writeString(store, "not a database: a half-copied file, a wrong restore, a disk error\n".repeat(500));

        int exit = run("kiosk", "--config", productionConfig(store).toString());

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().strip())
                .startsWith("sitegate: the kiosk's database " + store + " is damaged (SQLITE_NOTADB)")
                .contains("latest backup", "kiosk.db-wal")
                .doesNotContain("\n", "Exception", "\tat ", "file is not a database");
    }

    @Test
    void aConfigOptionThatPointsAtAMissingFileIsOneLineThatNamesIt() {
        Path typo = dir.resolve("sitegate.propreties");

        int exit = run("kiosk", "--demo", "--config", typo.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().strip()).isEqualTo("sitegate: " + typo + ": no such file (given with --config); "
                + "check the path, or start from the sample kiosk-config/sitegate.properties");
    }

    private int run(String... args) {
        CommandLine cl = SiteGateCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Everything a site's kiosk needs before it opens its store: service, technical user, card roots. */
    private Path productionConfig(Path store) throws Exception {
        KeyPair key = Certificates.rsa(2048);
        Instant now = Instant.now();
        X509Certificate certificate = Certificates.selfSigned(Certificates.Profile.signer("CN=sitegate-test-kiosk",
                key.getPublic(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30))), key.getPrivate());
        Path keystore = dir.resolve("kiosk.p12");
        Certificates.writePkcs12(keystore, "kiosk", key.getPrivate(), "s3cret!".toCharArray(), certificate);
        Path password = Files.writeString(dir.resolve("keystore-password"), "s3cret!\n");
        Path roots = dir.resolve("card-roots.pem");
        Certificates.writePem(roots, certificate);
        return Files.writeString(dir.resolve("sitegate.properties"), String.join("\n",
                "store.file=" + store,
                "central.url=https://127.0.0.1:9/",
                "central.ca-file=" + roots,
                "central.client-keystore=" + keystore,
                "central.client-keystore-password-file=" + password,
                "central.client-id=sitegate-test-kiosk",
                "card.trusted-roots=" + roots,
                ""));
    }
}
