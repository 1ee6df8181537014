package be.sitegate.simulator;

import static be.sitegate.simulator.SimulatorTestSupport.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.pki.Certificates;
import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.junit.jupiter.api.Test;

/**
 * The simulator stands in for the real service, so its token door is as strict as one: an
 * assertion issued after it expires is refused, and only a certificate issued for client
 * authentication to a registered technical user gets a token, whatever else the CA signed. The
 * forged certificates are made with the simulator's own CA key (read from its data folder), as an
 * attacker holding a copy of that folder, or a bug in an issuing path, could.
 */
class SimulatorDoorTest extends SimulatorOnTestClock {

    @Test
    void anAssertionIssuedAfterItExpiresIsRefused() {
        // iat 40 s after exp, both within the clock skew: the lifetime exp - iat is negative, which
        // "at most 5 minutes" let through before.
        String assertion = client.sign(client.claims(NOW, Duration.ofMinutes(2))
                .issueTime(Date.from(NOW.plusSeconds(50)))
                .expirationTime(Date.from(NOW.plusSeconds(10))).build(),
                client.keyPair.getPrivate(), client.certificate);
        assertRefused(client.requestToken(assertion), "iat lies after exp");
    }

    @Test
    void anAssertionWhoseIatIsFarBeforeExpButExpIsInTheFutureStillNeedsAShortLifetime() {
        String assertion = client.sign(client.claims(NOW.minus(Duration.ofDays(1)), Duration.ofDays(2)).build(),
                client.keyPair.getPrivate(), client.certificate);
        assertRefused(client.requestToken(assertion), "5 minutes");
    }

    @Test
    void theSimulatorsOwnTlsCertificateGetsNoToken() throws Exception {
        KeyStore tls = Certificates.readPkcs12(dataDir.resolve(DevelopmentCa.TLS_KEYSTORE_FILE), password());
        X509Certificate serverCertificate = (X509Certificate) tls.getCertificate("key");
        // Its key is EC, so sign with an RSA key of ours: the door must refuse it for what it is, before any signature.
        String assertion = client.sign(client.claims(NOW, Duration.ofMinutes(2)).issuer("localhost").subject("localhost")
                .build(), client.keyPair.getPrivate(), serverCertificate);
        assertRefused(client.requestToken(assertion), "not issued for client authentication");
    }

    @Test
    void anRsaServerCertificateFromTheSameCaGetsNoToken() throws Exception {
        X509Certificate forged = forge(List.of(KeyPurposeId.id_kp_serverAuth), KeyUsage.digitalSignature);
        assertRefused(client.requestToken(assertionWith(forged)), "not issued for client authentication");
    }

    @Test
    void aCertificateWithoutExtendedKeyUsageGetsNoToken() throws Exception {
        X509Certificate forged = forge(List.of(), KeyUsage.digitalSignature);
        assertRefused(client.requestToken(assertionWith(forged)), "not issued for client authentication");
    }

    @Test
    void aClientCertificateWithoutDigitalSignatureGetsNoToken() throws Exception {
        X509Certificate forged = forge(List.of(KeyPurposeId.id_kp_clientAuth), KeyUsage.keyEncipherment);
        assertRefused(client.requestToken(assertionWith(forged)), "digital signatures");
    }

    @Test
    void aClientCertificateTheCaSignedOutsideItsIssuingPathsIsNoRegisteredTechnicalUser() throws Exception {
        X509Certificate forged = forge(List.of(KeyPurposeId.id_kp_clientAuth), KeyUsage.digitalSignature);
        assertRefused(client.requestToken(assertionWith(forged)), "not registered as a technical user");
    }

    @Test
    void anIssuedTechnicalUserIsRegisteredAndGetsItsToken() throws Exception {
        assertThat(client.requestToken(client.goodAssertion(NOW)).status()).isEqualTo(200);
        assertThat(Files.readString(dataDir.resolve(TechnicalUserRegistry.FILE))).contains("CN=" + SimulatorClient.CLIENT_ID);
        assertThat(Files.getPosixFilePermissions(dataDir.resolve(TechnicalUserRegistry.FILE)))
                .containsExactlyInAnyOrderElementsOf(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    private String assertionWith(X509Certificate certificate) {
        return client.sign(client.claims(NOW, Duration.ofMinutes(2)).build(), client.keyPair.getPrivate(), certificate);
    }

    /** A certificate for the client's own RSA key and CN, signed with the simulator's CA key but never registered. */
    private X509Certificate forge(List<KeyPurposeId> purposes, int keyUsage) throws Exception {
        KeyStore caStore = Certificates.readPkcs12(dataDir.resolve(DevelopmentCa.CA_KEYSTORE_FILE), password());
        PrivateKey caKey = (PrivateKey) caStore.getKey("key", password());
        KeyPair keys = client.keyPair;
        Instant from = NOW.minus(Duration.ofDays(1));
        return Certificates.issue(new Certificates.Profile(new X500Name("CN=" + SimulatorClient.CLIENT_ID),
                keys.getPublic(), from, Instant.now().plus(Duration.ofDays(30)), false, keyUsage, purposes, List.of(),
                List.of()), sim.caCertificate(), caKey);
    }

    private static char[] password() throws Exception {
        return Files.readString(dataDir.resolve(DevelopmentCa.PASSWORD_FILE)).trim().toCharArray();
    }

    private static void assertRefused(SimulatorClient.Answer answer, String why) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(answer.json().get("error_description").asText()).contains(why);
    }
}
