package be.sitegate.central;

import be.sitegate.pki.Certificates;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/**
 * A scriptable HTTPS peer speaking docs/central-api.md, for client tests that need exact control
 * over answers (every code, malformed bodies, timeouts). It checks the client assertion the way the
 * contract says. The end-to-end tests use the project's real simulator instead.
 */
public final class StubCentral implements AutoCloseable {

    /** A canned answer, with any headers besides Content-Type (a fuzzed Retry-After, say). */
    public record Reply(int status, String body, Map<String, String> headers) {
        public Reply(int status, String body) {
            this(status, body, Map.of());
        }

        public static Reply json(String body) {
            return new Reply(200, body);
        }
    }

    /** What the client sent. */
    public record Seen(String method, String path, String query, String body) {
    }

    /** Shared across stubs: RSA key generation dominates the test time otherwise. */
    private static final KeyPair CA_KEYS = Certificates.rsa(2048);
    private static final KeyPair TLS_KEYS = Certificates.rsa(2048);
    /** A ready client key for tests that do not care which. */
    public static final KeyPair CLIENT_KEYS = Certificates.rsa(2048);

    final KeyPair caKeys = CA_KEYS;
    public final X509Certificate ca;
    final List<Seen> seen = new CopyOnWriteArrayList<>();
    public final AtomicInteger tokenRequests = new AtomicInteger();
    /** Where the stub answers token requests; the real service has its own, outside the presence base URL. */
    public volatile String tokenPath = "/oauth2/token";
    final Set<String> validTokens = ConcurrentHashMap.newKeySet();
    final Set<String> seenJti = ConcurrentHashMap.newKeySet();
    final List<String> assertionProblems = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Seen, Reply>> routes = new ConcurrentHashMap<>();
    private final HttpsServer server;
    volatile long expiresIn = 600;
    volatile boolean refuseClient;
    /** Send answers without a Content-Length (chunked), as a service that does not say how long they are. */
    volatile boolean chunked;
    /** When set, the token endpoint answers this instead of checking the assertion and issuing a token. */
    volatile Reply tokenReply;

    public StubCentral() throws Exception {
        Instant now = Instant.now();
        ca = Certificates.selfSigned(Certificates.Profile.ca("CN=Stub CA", caKeys.getPublic(), now.minusSeconds(60),
                now.plus(Duration.ofDays(1))), caKeys.getPrivate());
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls(ca, caKeys)));
        server.createContext("/", this::handle);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** A TLS server certificate for 127.0.0.1 issued by {@code issuer}. */
    static SSLContext tls(X509Certificate issuer, KeyPair issuerKeys) throws Exception {
        KeyPair keys = TLS_KEYS;
        Instant now = Instant.now();
        X509Certificate cert = Certificates.issue(Certificates.Profile.tlsServer("CN=localhost", keys.getPublic(),
                now.minusSeconds(60), now.plus(Duration.ofDays(1)), List.of("localhost"), List.of("127.0.0.1")),
                issuer, issuerKeys.getPrivate());
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("tls", keys.getPrivate(), "x".toCharArray(), new X509Certificate[] {cert, issuer});
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(ks, "x".toCharArray());
        SSLContext ctx = SSLContext.getInstance("TLS");
        ctx.init(kmf.getKeyManagers(), null, null);
        return ctx;
    }

    /** A technical user whose certificate this stub's CA issued. */
    public TechnicalUser technicalUser(String clientId, KeyPair keys) {
        Instant now = Instant.now();
        X509Certificate cert = Certificates.issue(Certificates.Profile.signer("CN=" + clientId, keys.getPublic(),
                now.minusSeconds(60), now.plus(Duration.ofDays(1))), ca, caKeys.getPrivate());
        return new TechnicalUser(clientId, keys.getPrivate(), List.of(cert, ca));
    }

    public URI baseUrl() {
        return URI.create("https://127.0.0.1:" + server.getAddress().getPort());
    }

    public void on(String method, String path, Function<Seen, Reply> handler) {
        routes.put(method + " " + path, handler);
    }

    public void expireAllTokens() {
        validTokens.clear();
    }

    List<Seen> apiCalls() {
        return seen.stream().filter(s -> s.path().startsWith("/api/")).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        Seen s = new Seen(ex.getRequestMethod(), ex.getRequestURI().getPath(), ex.getRequestURI().getRawQuery(), body);
        seen.add(s);
        Reply reply;
        if (s.path().equals(tokenPath)) {
            Reply forced = tokenReply;
            reply = forced != null ? forced : token(body);
        } else {
            String auth = ex.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("Bearer ") || !validTokens.contains(auth.substring(7))) {
                ex.getResponseHeaders().add("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                reply = new Reply(401, "{\"code\":\"INVALID_TOKEN\",\"message\":\"token\"}");
            } else {
                Function<Seen, Reply> route = routes.get(s.method() + " " + s.path());
                reply = route == null ? new Reply(404, "{\"code\":\"NOT_FOUND\",\"message\":\"no route\"}") : route.apply(s);
            }
        }
        if (reply == null) {
            ex.close(); // a dropped answer
            return;
        }
        byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        reply.headers().forEach((name, value) -> ex.getResponseHeaders().add(name, value));
        ex.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : chunked ? 0 : out.length);
        if (out.length > 0) {
            ex.getResponseBody().write(out);
        }
        ex.close();
    }

    private Reply token(String form) {
        tokenRequests.incrementAndGet();
        Map<String, String> f = new HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            f.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        try {
            SignedJWT jwt = SignedJWT.parse(f.get("client_assertion"));
            X509Certificate cert = Certificates.parse(jwt.getHeader().getX509CertChain().get(0).decode());
            cert.verify(ca.getPublicKey());
            JWSVerifier verifier = cert.getPublicKey() instanceof ECPublicKey ec ? new ECDSAVerifier(ec)
                    : new RSASSAVerifier((RSAPublicKey) cert.getPublicKey());
            var c = jwt.getJWTClaimsSet();
            String cn = cert.getSubjectX500Principal().getName().replace("CN=", "");
            check(jwt.verify(verifier), "signature");
            check("client_credentials".equals(f.get("grant_type")), "grant_type");
            check("urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(f.get("client_assertion_type")), "type");
            check(cn.equals(c.getIssuer()) && cn.equals(c.getSubject()), "iss/sub");
            check(c.getAudience().equals(List.of(baseUrl() + tokenPath)), "aud " + c.getAudience());
            check(c.getExpirationTime().getTime() - c.getIssueTime().getTime() <= 300_000, "exp");
            check(c.getJWTID() != null && seenJti.add(c.getJWTID()), "jti");
            check(jwt.getHeader().getAlgorithm().getName().equals(cert.getPublicKey() instanceof ECPublicKey ? "ES384" : "RS256"),
                    "alg");
        } catch (Exception e) {
            assertionProblems.add(e.toString());
            return new Reply(401, "{\"error\":\"invalid_client\",\"error_description\":\"bad assertion\"}");
        }
        if (refuseClient || !assertionProblems.isEmpty()) {
            return new Reply(401, "{\"error\":\"invalid_client\",\"error_description\":\"certificate revoked\"}");
        }
        String token = "tok-" + tokenRequests.get();
        validTokens.add(token);
        return Reply.json("{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":" + expiresIn + "}");
    }

    private void check(boolean ok, String what) {
        if (!ok) {
            throw new IllegalStateException("assertion check failed: " + what);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
