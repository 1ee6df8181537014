package be.sitegate.central;

import be.sitegate.pki.Certificates;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The organisation's technical user: the client id the service knows, the private key that signs
 * client assertions and the certificate chain (leaf first) the service's CA issued for it.
 */
public record TechnicalUser(String clientId, PrivateKey privateKey, List<X509Certificate> chain) {

    public TechnicalUser {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("the technical user needs its certificate");
        }
        if (!"RSA".equals(privateKey.getAlgorithm())) {
            throw new IllegalArgumentException("the technical user's key is " + privateKey.getAlgorithm()
                    + ": it must be RSA, since the central service takes RS256 client assertions only"
                    + " (make a new one with 'sitegate csr')");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** Reads the single key entry of a PKCS#12 file ({@code sitegate csr}); wipes nothing: the caller owns the password. */
    public static TechnicalUser fromPkcs12(Path file, char[] password, String clientId) {
        KeyStore ks = Certificates.readPkcs12(file, password);
        try {
            for (String alias : Collections.list(ks.aliases())) {
                if (ks.isKeyEntry(alias)) {
                    PrivateKey key = (PrivateKey) ks.getKey(alias, password);
                    List<X509Certificate> chain = new ArrayList<>();
                    for (Certificate c : Arrays.asList(ks.getCertificateChain(alias))) {
                        chain.add((X509Certificate) c);
                    }
                    return new TechnicalUser(clientId, key, chain);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException(file + " holds no usable private key", e);
        }
        throw new IllegalArgumentException(file + " holds no private key entry");
    }

    @Override
    public String toString() {
        return "TechnicalUser[" + clientId + ", " + certificate().getSubjectX500Principal() + "]";
    }
}
