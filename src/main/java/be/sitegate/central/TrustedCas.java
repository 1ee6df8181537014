package be.sitegate.central;

import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * TLS trust limited to the configured CAs: the JDK's own PKIX validation over a key store that holds
 * only them. There is deliberately no way to trust everything.
 */
final class TrustedCas {

    private final X509TrustManager trustManager;
    private final SSLSocketFactory socketFactory;

    TrustedCas(List<X509Certificate> cas) {
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            for (int i = 0; i < cas.size(); i++) {
                store.setCertificateEntry("ca-" + i, cas.get(i));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            trustManager = onlyX509(tmf.getTrustManagers());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {trustManager}, null);
            socketFactory = tls.getSocketFactory();
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot set up TLS trust for the configured CAs", e);
        }
    }

    private static X509TrustManager onlyX509(TrustManager[] managers) {
        for (TrustManager m : managers) {
            if (m instanceof X509TrustManager x) {
                return x;
            }
        }
        throw new IllegalStateException("the JDK offers no X509TrustManager");
    }

    X509TrustManager trustManager() {
        return trustManager;
    }

    SSLSocketFactory socketFactory() {
        return socketFactory;
    }
}
