package be.sitegate.cli;

import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.central.TechnicalUser;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.cli.SiteGateCommand;
import be.sitegate.pki.Certificates;
import be.sitegate.pki.TechnicalUserKeys;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code sitegate csr}: the request verifies, the key store opens only with its password, the chain imports. */
class CsrCommandTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = SiteGateCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private Path passwordFile(String password) throws Exception {
        return Files.writeString(dir.resolve("pw-" + password.length()), password + "\n");
    }

    @Test
    void rsaRequestVerifiesAndNamesTheClientAndTheKeyStoreNeedsThePassword() throws Exception {
        Path out = dir.resolve("keys");
        assertThat(run("csr", "--out", out.toString(), "--client-id", "acme-kiosk-1",
                "--password-file", passwordFile("s3cret!").toString())).isZero();

        PKCS10CertificationRequest request = (PKCS10CertificationRequest) Certificates.readPemObject(
                Files.readString(out.resolve(TechnicalUserKeys.REQUEST)));
        assertThat(Certificates.hasValidSignature(request)).isTrue();
        assertThat(request.getSubject().toString()).isEqualTo("CN=acme-kiosk-1");

        TechnicalUser user = TechnicalUser.fromPkcs12(out.resolve(TechnicalUserKeys.KEYSTORE), "s3cret!".toCharArray(),
                "acme-kiosk-1");
        assertThat(user.privateKey().getAlgorithm()).isEqualTo("RSA");
        assertThatThrownBy(() -> Certificates.readPkcs12(out.resolve(TechnicalUserKeys.KEYSTORE), "wrong".toCharArray()))
                .hasMessageContaining("password");
    }

    @Test
    void importOfTheIssuedChainReplacesThePlaceholder() throws Exception {
        Path pw = passwordFile("pass-word");
        assertThat(run("csr", "--out", dir.toString(), "--password-file", pw.toString())).isZero();
        PKCS10CertificationRequest request = (PKCS10CertificationRequest) Certificates.readPemObject(
                Files.readString(dir.resolve(TechnicalUserKeys.REQUEST)));
        assertThat(Certificates.hasValidSignature(request)).isTrue();

        // A stand-in CA issues for the request's key (the simulator's issue-cert does the same).
        KeyPair ca = Certificates.rsa(2048);
        Instant now = Instant.now();
        X509Certificate caCert = Certificates.selfSigned(Certificates.Profile.ca("CN=Test CA", ca.getPublic(), now,
                now.plus(Duration.ofDays(1))), ca.getPrivate());
        var publicKey = new org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest(request).getPublicKey();
        X509Certificate leaf = Certificates.issue(Certificates.Profile.signer("CN=sitegate-kiosk", publicKey, now,
                now.plus(Duration.ofDays(1))), caCert, ca.getPrivate());
        Path chain = dir.resolve("chain.pem");
        Certificates.writePem(chain, leaf, caCert);

        assertThat(run("csr", "--out", dir.toString(), "--import-cert", chain.toString(),
                "--password-file", pw.toString())).isZero();
        TechnicalUser user = TechnicalUser.fromPkcs12(dir.resolve(TechnicalUserKeys.KEYSTORE), "pass-word".toCharArray(),
                "sitegate-kiosk");
        assertThat(user.chain()).containsExactly(leaf, caCert);
        assertThat(user.privateKey().getAlgorithm()).isEqualTo("RSA");
    }

    @Test
    void aKeyFromCsrCertifiedByTheSimulatorAuthenticatesForReal() throws Exception {
        Path pw = passwordFile("kiosk-pass");
        assertThat(run("csr", "--out", dir.toString(), "--client-id", "kiosk-0566988259",
                "--password-file", pw.toString())).isZero();
        // issue-cert signs with the wall clock, so the simulator must run on it too.
        try (SimulatorFixture sim = new SimulatorFixture(java.time.Clock.systemUTC())) {
            // The operator's path: the simulator's issue-cert command signs the request with its CA.
            Path chain = dir.resolve("issued.pem");
            assertThat(run("simulator", "issue-cert", "--data", sim.server().dataDir().toString(),
                    "--csr", dir.resolve(TechnicalUserKeys.REQUEST).toString(), "--out", chain.toString())).isZero();
            assertThat(run("csr", "--out", dir.toString(), "--import-cert", chain.toString(),
                    "--password-file", pw.toString())).isZero();

            Path ca = dir.resolve("ca.pem");
            Certificates.writePem(ca, sim.server().caCertificate());
            CentralConfig config = CentralConfig.of(java.net.URI.create(sim.server().baseUrl()),
                    Certificates.readAll(ca), TechnicalUser.fromPkcs12(dir.resolve(TechnicalUserKeys.KEYSTORE),
                            "kiosk-pass".toCharArray(), "kiosk-0566988259"));
            try (CentralClient client = new CentralClient(config, sim.clock)) {
                java.time.LocalDate today = java.time.LocalDate.now(be.sitegate.domain.BelgianTime.ZONE);
                assertThat(client.search(be.sitegate.domain.WorkplaceId.parse("1Y101DRUNWB5Z"), today, today)).isEmpty();
            }
        }
    }

    @Test
    void importRefusesAChainForAnotherKey() throws Exception {
        Path pw = passwordFile("pass-word");
        assertThat(run("csr", "--out", dir.toString(), "--password-file", pw.toString())).isZero();
        KeyPair other = Certificates.rsa(2048);
        Instant now = Instant.now();
        Path chain = dir.resolve("other.pem");
        Certificates.writePem(chain, Certificates.selfSigned(Certificates.Profile.signer("CN=x", other.getPublic(), now,
                now.plus(Duration.ofDays(1))), other.getPrivate()));
        assertThat(run("csr", "--out", dir.toString(), "--import-cert", chain.toString(),
                "--password-file", pw.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not for this key");
    }

    @Test
    void withoutPasswordFileOrTerminalItRefusesAndWritesNothing() {
        // Under Maven there is no console: the command must not invent a password.
        assertThat(run("csr", "--out", dir.resolve("k").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("--password-file");
        assertThat(dir.resolve("k").resolve(TechnicalUserKeys.KEYSTORE)).doesNotExist();
    }

    @Test
    void refusesToOverwriteAnExistingKey() throws Exception {
        Path pw = passwordFile("pass-word");
        assertThat(run("csr", "--out", dir.toString(), "--password-file", pw.toString())).isZero();
        assertThat(run("csr", "--out", dir.toString(), "--password-file", pw.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("exists already");
    }
}
