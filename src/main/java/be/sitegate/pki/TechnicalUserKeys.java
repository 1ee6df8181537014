package be.sitegate.pki;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;

/**
 * The technical user's key files in one folder: {@value #KEYSTORE} (private key + certificate chain,
 * password-protected) and {@value #REQUEST} (the PKCS#10 request sent to the CA). The private key is
 * created here and never leaves the machine; until the CA's certificate is imported the key store
 * holds a self-signed placeholder, because PKCS#12 cannot store a key without a certificate.
 */
public final class TechnicalUserKeys {

    public static final String KEYSTORE = "technical-user.p12";
    public static final String REQUEST = "technical-user.csr.pem";
    public static final String ALIAS = "technical-user";

    private TechnicalUserKeys() {
    }

    /**
     * Creates an RSA 3072 key pair, the key store and the request; refuses to overwrite an existing key
     * store. RSA only: the central service takes RS256 client assertions (../shared/reference).
     */
    public static PKCS10CertificationRequest create(Path dir, String clientId, char[] password) {
        Path folder = OwnerOnlyFiles.folder(dir);
        Path keystore = folder.resolve(KEYSTORE);
        Path requestFile = folder.resolve(REQUEST);
        for (Path file : List.of(keystore, requestFile)) {
            // NOFOLLOW_LINKS: a dangling link left at the name counts as "there" too.
            if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw new IllegalStateException(file + " exists already; move it away to create a new key");
            }
        }
        KeyPair keys = Certificates.rsa(3072);
        String dn = "CN=" + clientId;
        Instant now = Instant.now();
        X509Certificate placeholder = Certificates.selfSigned(
                Certificates.Profile.signer(dn, keys.getPublic(), now, now.plus(Duration.ofDays(30))), keys.getPrivate());
        OwnerOnlyFiles.createNew(keystore, Certificates.pkcs12(ALIAS, keys.getPrivate(), password, placeholder));
        PKCS10CertificationRequest request = Certificates.certificationRequest(dn, keys);
        OwnerOnlyFiles.createNew(requestFile, Certificates.toPem(request).getBytes(StandardCharsets.US_ASCII));
        return request;
    }

    /**
     * Replaces the placeholder with the chain the CA issued (leaf first). Refuses a chain whose leaf
     * does not belong to the stored key, so a wrong file cannot silently break authentication.
     */
    public static X509Certificate importChain(Path dir, Path chainPem, char[] password) {
        Path keystore = PlainPaths.require(dir).resolve(KEYSTORE);
        List<X509Certificate> chain = Certificates.readAll(chainPem);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException(chainPem + " holds no certificate");
        }
        KeyStore ks = Certificates.readPkcs12(keystore, password);
        try {
            PrivateKey key = (PrivateKey) ks.getKey(ALIAS, password);
            X509Certificate current = (X509Certificate) ks.getCertificate(ALIAS);
            if (key == null || current == null) {
                throw new IllegalStateException(keystore + " holds no '" + ALIAS + "' key");
            }
            if (!current.getPublicKey().equals(chain.get(0).getPublicKey())) {
                throw new IllegalArgumentException("the first certificate in " + chainPem + " is not for this key");
            }
            Certificates.writePkcs12(keystore, ALIAS, key, password, chain.toArray(X509Certificate[]::new));
            return chain.get(0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot read the key in " + keystore, e);
        }
    }

    /** The password in a password file, by the one rule every command uses ({@link PasswordFile}). */
    public static char[] readPasswordFile(Path file) {
        return PasswordFile.read(file);
    }
}
