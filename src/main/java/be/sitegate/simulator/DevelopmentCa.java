package be.sitegate.simulator;

import be.sitegate.pki.CertificateRequests;
import be.sitegate.pki.Certificates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * The simulator's own development CA and its TLS server certificate, created in the data directory
 * at first start and reused afterwards, so a kiosk that trusts the CA keeps trusting it across
 * restarts. Keys live in password-protected PKCS#12 files; the generated password sits next to them
 * readable by the owner only. It is a development CA: nothing here protects production secrets.
 */
public final class DevelopmentCa {

    static final String CA_CERT_FILE = "ca.pem";
    static final String CA_KEYSTORE_FILE = "ca.p12";
    static final String TLS_KEYSTORE_FILE = "tls.p12";
    static final String PASSWORD_FILE = "keystore-password";
    private static final String ALIAS = "key";
    private static final Duration CLIENT_CERT_VALIDITY = Duration.ofDays(2 * 365);
    /** id-kp-clientAuth (RFC 5280, 4.2.1.12). */
    private static final String CLIENT_AUTH = "1.3.6.1.5.5.7.3.2";

    private final Path dataDir;
    private final X509Certificate caCertificate;
    private PrivateKey caKey;
    private final KeyStore tlsKeyStore;
    private final char[] password;
    private final Clock clock;
    private final TechnicalUserRegistry technicalUsers;

    private DevelopmentCa(Path dataDir, X509Certificate caCertificate, PrivateKey caKey, KeyStore tlsKeyStore,
            char[] password, Clock clock) {
        this.dataDir = dataDir;
        this.caCertificate = caCertificate;
        this.caKey = caKey;
        this.tlsKeyStore = tlsKeyStore;
        this.password = password;
        this.technicalUsers = new TechnicalUserRegistry(dataDir);
        this.clock = clock;
    }

    /**
     * Opens the CA in {@code dataDir}, creating CA, TLS certificate and password on first use. The
     * CA's own key is opened only when a certificate is first issued: a PKCS#12 store costs tens of
     * thousands of SHA-256 rounds to open, and a restarted simulator (the demo's, most often) usually
     * issues nothing. The CA certificate comes from the TLS store's chain, which is opened anyway.
     */
    public static DevelopmentCa openOrCreate(Path dataDir, Clock clock) {
        try {
            if (!Files.exists(dataDir)) {
                Files.createDirectories(dataDir);
                SecretFiles.restrictDirectoryToOwner(dataDir);
            }
            Path passwordFile = dataDir.resolve(PASSWORD_FILE);
            if (!Files.exists(passwordFile)) {
                SecretFiles.writeOwnerOnly(passwordFile, randomSecret());
            }
            char[] password = Files.readString(passwordFile).trim().toCharArray();
            Path caStore = dataDir.resolve(CA_KEYSTORE_FILE);
            Path tlsStore = dataDir.resolve(TLS_KEYSTORE_FILE);
            PrivateKey caKey = null;
            if (!Files.exists(caStore)) {
                caKey = createCa(dataDir, password, clock);
                Files.deleteIfExists(tlsStore); // its chain names the CA that is gone
            }
            if (!Files.exists(tlsStore)) {
                KeyStore ca = Certificates.readPkcs12(caStore, password);
                caKey = (PrivateKey) ca.getKey(ALIAS, password);
                createTlsCertificate(tlsStore, (X509Certificate) ca.getCertificate(ALIAS), caKey, password, clock);
            }
            KeyStore tls = Certificates.readPkcs12(tlsStore, password);
            X509Certificate caCert = (X509Certificate) tls.getCertificateChain(ALIAS)[1];
            if (!Files.exists(dataDir.resolve(CA_CERT_FILE))) {
                Certificates.writePem(dataDir.resolve(CA_CERT_FILE), caCert);
            }
            return new DevelopmentCa(dataDir, caCert, caKey, tls, password, clock);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the development CA in " + dataDir + " cannot be opened", e);
        }
    }

    /** The CA's key, opened from its store on first use. */
    private synchronized PrivateKey caKey() {
        if (caKey == null) {
            try {
                caKey = (PrivateKey) Certificates.readPkcs12(dataDir.resolve(CA_KEYSTORE_FILE), password)
                        .getKey(ALIAS, password);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the development CA's key in " + dataDir + " cannot be opened", e);
            }
        }
        return caKey;
    }

    private static PrivateKey createCa(Path dataDir, char[] password, Clock clock) {
        KeyPair pair = Certificates.ecP384();
        Instant from = earliest(clock).minus(Duration.ofDays(1));
        X509Certificate ca = Certificates.selfSigned(Certificates.Profile.ca(
                "CN=SiteGate Simulator Development CA,O=SiteGate (development only)", pair.getPublic(),
                from, from.plus(Duration.ofDays(10 * 365))), pair.getPrivate());
        Certificates.writePkcs12(dataDir.resolve(CA_KEYSTORE_FILE), ALIAS, pair.getPrivate(), password, ca);
        SecretFiles.restrictToOwner(dataDir.resolve(CA_KEYSTORE_FILE));
        Certificates.writePem(dataDir.resolve(CA_CERT_FILE), ca);
        return pair.getPrivate();
    }

    private static void createTlsCertificate(Path file, X509Certificate ca, PrivateKey caKey, char[] password,
            Clock clock) {
        KeyPair pair = Certificates.ecP384();
        Instant from = earliest(clock).minus(Duration.ofDays(1));
        X509Certificate tls = Certificates.issue(Certificates.Profile.tlsServer("CN=localhost", pair.getPublic(),
                from, from.plus(Duration.ofDays(5 * 365)), List.of("localhost"), List.of("127.0.0.1")), ca, caKey);
        Certificates.writePkcs12(file, ALIAS, pair.getPrivate(), password, tls, ca);
        SecretFiles.restrictToOwner(file);
    }

    /**
     * The injected clock may be pinned in the past or future for tests, while TLS peers check
     * validity against the real time: certificates must be valid at both.
     */
    private static Instant earliest(Clock clock) {
        Instant real = Instant.now();
        Instant simulated = clock.instant();
        return simulated.isBefore(real) ? simulated : real;
    }

    private static Instant latest(Clock clock) {
        Instant real = Instant.now();
        Instant simulated = clock.instant();
        return simulated.isAfter(real) ? simulated : real;
    }

    private static String randomSecret() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public X509Certificate caCertificate() {
        return caCertificate;
    }

    public Path caCertificatePath() {
        return dataDir.resolve(CA_CERT_FILE);
    }

    /** The server side of TLS: the localhost certificate and its chain. */
    public SSLContext serverSslContext() {
        try {
            KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            kmf.init(tlsKeyStore, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(kmf.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot set up TLS", e);
        }
    }

    /** A technical-user certificate for a verified PKCS#10 request, registered as a technical user. */
    public X509Certificate issueClientCertificate(PKCS10CertificationRequest request) {
        Instant from = earliest(clock).minus(Duration.ofHours(1));
        return registered(CertificateRequests.issueTechnicalUser(request, caCertificate, caKey(), from,
                latest(clock).plus(CLIENT_CERT_VALIDITY)));
    }

    /** A technical-user certificate for {@code CN=commonName} and a key known directly, registered too. */
    public X509Certificate issueClientCertificate(PublicKey key, String commonName) {
        Instant from = earliest(clock).minus(Duration.ofHours(1));
        return registered(CertificateRequests.issueTechnicalUser(new X500Name("CN=" + commonName), key, caCertificate,
                caKey(), from, latest(clock).plus(CLIENT_CERT_VALIDITY)));
    }

    private X509Certificate registered(X509Certificate certificate) {
        technicalUsers.register(certificate);
        return certificate;
    }

    /** Issued by this CA, valid now, and registered: a technical user the token endpoint takes. */
    boolean knows(X509Certificate certificate) {
        return issued(certificate, clock.instant()) && technicalUsers.isRegistered(certificate);
    }

    /**
     * True when {@code certificate} was signed by this CA and is valid at {@code at}: the first
     * thing the token endpoint demands of the {@code x5c} leaf.
     */
    public boolean issued(X509Certificate certificate, Instant at) {
        try {
            if (!certificate.getIssuerX500Principal().equals(caCertificate.getSubjectX500Principal())) {
                return false;
            }
            certificate.verify(caCertificate.getPublicKey());
            certificate.checkValidity(Date.from(at));
            return certificate.getBasicConstraints() < 0;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /**
     * The rest: issued for client authentication (extended key usage clientAuth, key usage
     * digitalSignature) and registered as a technical user by this CA's issuing paths. The
     * simulator's own TLS certificate is issued by the same CA, for serverAuth, and fails here.
     */
    public Optional<String> whyNotATechnicalUser(X509Certificate certificate) {
        try {
            List<String> purposes = certificate.getExtendedKeyUsage();
            if (purposes == null || !purposes.contains(CLIENT_AUTH)) {
                return Optional.of("the certificate is not issued for client authentication (extended key usage)");
            }
        } catch (java.security.cert.CertificateParsingException e) {
            return Optional.of("the certificate's extended key usage cannot be read");
        }
        boolean[] usage = certificate.getKeyUsage();
        if (usage == null || !usage[0]) {
            return Optional.of("the certificate's key usage does not allow digital signatures");
        }
        if (!technicalUsers.isRegistered(certificate)) {
            return Optional.of("the certificate is not registered as a technical user of this service");
        }
        return Optional.empty();
    }
}
