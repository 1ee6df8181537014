package be.sitegate.central;

import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Everything the client needs to reach the service: where, whom to trust, who we are, and how long
 * to wait. There is no default CA list: only {@code trustedCas} are trusted, never the system store.
 *
 * @param searchPageSize the page size used when following search pages (1-500)
 * @param tokenUrl the OAuth token endpoint, which is also the client assertion's audience: the
 *     simulator's is under the base URL, the real service's is its own ({@code …/REST/oauth/v5/token})
 */
public record CentralConfig(
        URI baseUrl,
        List<X509Certificate> trustedCas,
        TechnicalUser technicalUser,
        Duration connectTimeout,
        Duration readTimeout,
        Duration writeTimeout,
        Duration callTimeout,
        int searchPageSize,
        URI tokenUrl) {

    public CentralConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (!"https".equalsIgnoreCase(baseUrl.getScheme())) {
            throw new IllegalArgumentException("the central service is reached over https only");
        }
        trustedCas = List.copyOf(trustedCas);
        if (trustedCas.isEmpty()) {
            throw new IllegalArgumentException("at least one CA certificate must be configured");
        }
        Objects.requireNonNull(technicalUser, "technicalUser");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(writeTimeout, "writeTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        if (searchPageSize < 1 || searchPageSize > 500) {
            throw new IllegalArgumentException("searchPageSize is 1-500");
        }
        Objects.requireNonNull(tokenUrl, "tokenUrl");
        if (!"https".equalsIgnoreCase(tokenUrl.getScheme())) {
            throw new IllegalArgumentException("the token endpoint is reached over https only");
        }
    }

    /** With the token endpoint under the base URL, as the simulator has it. */
    public CentralConfig(URI baseUrl, List<X509Certificate> trustedCas, TechnicalUser technicalUser,
            Duration connectTimeout, Duration readTimeout, Duration writeTimeout, Duration callTimeout,
            int searchPageSize) {
        this(baseUrl, trustedCas, technicalUser, connectTimeout, readTimeout, writeTimeout, callTimeout,
                searchPageSize, underBase(baseUrl));
    }

    /** {@code <base>/oauth2/token}: where the simulator answers token requests. */
    public static URI underBase(URI baseUrl) {
        String base = baseUrl.toString();
        return URI.create((base.endsWith("/") ? base : base + "/") + "oauth2/token");
    }

    /** The kiosk's usual timeouts: 5 s to connect, 15 s to read or write, 30 s for a whole call. */
    public static CentralConfig of(URI baseUrl, List<X509Certificate> trustedCas, TechnicalUser user) {
        return new CentralConfig(baseUrl, trustedCas, user, Duration.ofSeconds(5), Duration.ofSeconds(15),
                Duration.ofSeconds(15), Duration.ofSeconds(30), 200);
    }

    public CentralConfig withTimeouts(Duration connect, Duration read, Duration write, Duration call) {
        return new CentralConfig(baseUrl, trustedCas, technicalUser, connect, read, write, call, searchPageSize,
                tokenUrl);
    }

    public CentralConfig withSearchPageSize(int pageSize) {
        return new CentralConfig(baseUrl, trustedCas, technicalUser, connectTimeout, readTimeout, writeTimeout,
                callTimeout, pageSize, tokenUrl);
    }

    public CentralConfig withTokenUrl(URI url) {
        return new CentralConfig(baseUrl, trustedCas, technicalUser, connectTimeout, readTimeout, writeTimeout,
                callTimeout, searchPageSize, url);
    }
}
