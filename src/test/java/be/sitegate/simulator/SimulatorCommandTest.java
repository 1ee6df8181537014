package be.sitegate.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.cli.SiteGateCommand;
import be.sitegate.pki.CertificateRequests;
import be.sitegate.pki.Certificates;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SimulatorCommandTest {

    @TempDir
    Path dir;

    private static String run(StringWriter out, String... args) {
        CommandLine cl = SiteGateCommand.commandLine();
        cl.setOut(new PrintWriter(out, true));
        StringWriter err = new StringWriter();
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        assertThat(code).as(err.toString()).isZero();
        return out.toString();
    }

    @Test
    void issueCertSignsARequestWithTheDataDirectorysCa() throws Exception {
        Path data = dir.resolve("data");
        KeyPair pair = Certificates.rsa(2048);
        Path csr = dir.resolve("kiosk.csr");
        Files.writeString(csr, Certificates.toPem(CertificateRequests.create(pair, "kiosk-0566988259")));
        Path out = dir.resolve("kiosk.pem");

        run(new StringWriter(), "simulator", "issue-cert", "--data", data.toString(), "--csr", csr.toString(),
                "--out", out.toString());

        List<X509Certificate> chain = Certificates.readAll(out);
        X509Certificate ca = Certificates.readAll(data.resolve("ca.pem")).get(0);
        assertThat(chain).hasSize(2);
        assertThat(chain.get(1)).isEqualTo(ca);
        chain.get(0).verify(ca.getPublicKey());
        assertThat(chain.get(0).getPublicKey()).isEqualTo(pair.getPublic());
        assertThat(chain.get(0).getSubjectX500Principal().getName()).isEqualTo("CN=kiosk-0566988259");
        assertThat(chain.get(0).getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");

        // The server started later on the same directory uses the same CA.
        try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.builder().dataDir(data).port(0).build())) {
            assertThat(sim.caCertificate()).isEqualTo(ca);
        }
    }

    @Test
    void hashPasswordWritesAHashTheSeedAccepts() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("s3cret-demo\n".getBytes(StandardCharsets.UTF_8)));
            String hash = run(new StringWriter(), "simulator", "hash-password", "--iterations", "1000").trim();

            assertThat(PasswordHasher.isWellFormed(hash)).isTrue();
            assertThat(PasswordHasher.matches("s3cret-demo".toCharArray(), hash)).isTrue();
            assertThat(PasswordHasher.matches("other".toCharArray(), hash)).isFalse();
        } finally {
            System.setIn(stdin);
        }
    }

    @Test
    void faultsCommandTalksToTheAdminEndpoint() {
        Path data = dir.resolve("running");
        try (SimulatorServer sim = SimulatorServer.start(SimulatorOptions.builder().dataDir(data).port(0).build())) {
            String answer = run(new StringWriter(), "simulator", "faults", "--data", data.toString(), "--url",
                    sim.baseUrl(), "--latency-ms", "25", "--malformed-rate", "0.5");

            assertThat(answer).contains("\"latencyMs\":25");
            assertThat(sim.faults().current()).isEqualTo(new FaultSettings(25, 0, 0, 0.5, 0));

            run(new StringWriter(), "simulator", "faults", "--data", data.toString(), "--url", sim.baseUrl(),
                    "--late-answer-ms", "2500");
            assertThat(sim.faults().current()).isEqualTo(new FaultSettings(25, 0, 0, 0.5, 0, 0, 2500));

            run(new StringWriter(), "simulator", "faults", "--data", data.toString(), "--url", sim.baseUrl(), "--off");
            assertThat(sim.faults().current()).isEqualTo(FaultSettings.NONE);
        }
    }
}
