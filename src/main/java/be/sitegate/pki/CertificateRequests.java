package be.sitegate.pki;

import java.security.KeyPair;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/**
 * PKCS#10 certificate requests: how a technical user asks a CA for a certificate without the
 * private key ever leaving its machine. The kiosk creates them; the simulator's CA answers them.
 */
public final class CertificateRequests {

    private CertificateRequests() {
    }

    /** A request for {@code CN=commonName} signed with the pair's private key (proof of possession). */
    public static PKCS10CertificationRequest create(KeyPair keyPair, String commonName) {
        try {
            X500Name subject = new X500Name("CN=" + commonName);
            return new JcaPKCS10CertificationRequestBuilder(subject, keyPair.getPublic())
                    .build(new JcaContentSignerBuilder(Certificates.signatureAlgorithmFor(keyPair.getPrivate()))
                            .build(keyPair.getPrivate()));
        } catch (OperatorCreationException e) {
            throw new IllegalStateException("could not sign the certificate request", e);
        }
    }

    /** Reads a PEM request and checks its self-signature; refuses anything else. */
    public static PKCS10CertificationRequest parseAndVerify(String pem) {
        Object parsed = Certificates.readPemObject(pem);
        if (!(parsed instanceof PKCS10CertificationRequest request)) {
            throw new IllegalArgumentException("not a PEM PKCS#10 certificate request");
        }
        verify(request);
        return request;
    }

    /** Checks that the request was signed by the key it asks a certificate for. */
    public static void verify(PKCS10CertificationRequest request) {
        try {
            PublicKey key = publicKey(request);
            if (!request.isSignatureValid(new JcaContentVerifierProviderBuilder().build(key))) {
                throw new IllegalArgumentException("the certificate request's signature does not verify");
            }
        } catch (OperatorCreationException | PKCSException e) {
            throw new IllegalArgumentException("the certificate request's signature cannot be checked", e);
        }
    }

    public static PublicKey publicKey(PKCS10CertificationRequest request) {
        try {
            return new JcaPKCS10CertificationRequest(request).getPublicKey();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalArgumentException("the certificate request holds no usable public key", e);
        }
    }

    /**
     * A technical-user (client authentication) certificate for the request's subject and key,
     * issued by {@code issuer}. The caller decides validity; the request's extensions are ignored.
     */
    public static X509Certificate issueTechnicalUser(PKCS10CertificationRequest request, X509Certificate issuer,
            java.security.PrivateKey issuerKey, Instant notBefore, Instant notAfter) {
        verify(request);
        return issueTechnicalUser(request.getSubject(), publicKey(request), issuer, issuerKey, notBefore, notAfter);
    }

    /** The same for a public key and subject known directly (tests, embedded use). */
    public static X509Certificate issueTechnicalUser(X500Name subject, PublicKey key, X509Certificate issuer,
            java.security.PrivateKey issuerKey, Instant notBefore, Instant notAfter) {
        Certificates.Profile profile = new Certificates.Profile(subject, key, notBefore, notAfter, false,
                KeyUsage.digitalSignature, List.of(KeyPurposeId.id_kp_clientAuth), List.of(), List.of());
        return Certificates.issue(profile, issuer, issuerKey);
    }
}
