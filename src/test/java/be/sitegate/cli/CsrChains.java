package be.sitegate.cli;

import be.sitegate.pki.Certificates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;

/** A stand-in CA that issues a chain for a request {@code csr} made, as the simulator's issue-cert does. */
final class CsrChains {

    private CsrChains() {
    }

    static Path issuedFor(Path requestPem, Path chainPem) throws Exception {
        PKCS10CertificationRequest request = (PKCS10CertificationRequest) Certificates.readPemObject(
                Files.readString(requestPem));
        KeyPair ca = Certificates.rsa(2048);
        Instant now = Instant.now();
        X509Certificate caCert = Certificates.selfSigned(Certificates.Profile.ca("CN=Test CA", ca.getPublic(), now,
                now.plus(Duration.ofDays(1))), ca.getPrivate());
        X509Certificate leaf = Certificates.issue(Certificates.Profile.signer(request.getSubject().toString(),
                new JcaPKCS10CertificationRequest(request).getPublicKey(), now, now.plus(Duration.ofDays(1))),
                caCert, ca.getPrivate());
        Certificates.writePem(chainPem, leaf, caCert);
        return chainPem;
    }
}
