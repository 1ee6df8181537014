package be.sitegate.simulator;

import be.sitegate.pki.Certificates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** A minimal test client: trusts only the simulator's CA, signs client assertions, calls the API. */
final class SimulatorClient {

    static final ObjectMapper JSON = new ObjectMapper();
    /** RSA key generation is slow; one pair serves every test. */
    static final KeyPair RSA_KEY = Certificates.rsa(2048);
    static final String CLIENT_ID = "kiosk-0566988259";
    static final String SENDER = "0566988259";

    /** A call's answer: status, one header and the body as text. */
    record Answer(int status, String body, HttpResponse<String> raw) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }
    }

    final SimulatorServer sim;
    final HttpClient http;
    final X509Certificate certificate;
    final KeyPair keyPair;
    private String accessToken;

    SimulatorClient(SimulatorServer sim) {
        this(sim, RSA_KEY, sim.issueClientCertificate(RSA_KEY.getPublic(), CLIENT_ID));
    }

    SimulatorClient(SimulatorServer sim, KeyPair keyPair, X509Certificate certificate) {
        this.sim = sim;
        this.keyPair = keyPair;
        this.certificate = certificate;
        this.http = HttpClient.newBuilder().sslContext(trustingOnly(sim.caCertificate()))
                .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    static SSLContext trustingOnly(X509Certificate ca) {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("simulator-ca", ca);
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            return context;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The claims a good assertion carries, issued at {@code iat} for {@code lifetime}. */
    JWTClaimsSet.Builder claims(Instant iat, Duration lifetime) {
        return new JWTClaimsSet.Builder().issuer(CLIENT_ID).subject(CLIENT_ID).audience(sim.tokenUrl())
                .issueTime(Date.from(iat)).expirationTime(Date.from(iat.plus(lifetime)))
                .jwtID(UUID.randomUUID().toString());
    }

    String sign(JWTClaimsSet claims, PrivateKey key, X509Certificate x5c) {
        try {
            boolean ec = key instanceof ECPrivateKey;
            JWSHeader header = new JWSHeader.Builder(ec ? JWSAlgorithm.ES384 : JWSAlgorithm.RS256)
                    .x509CertChain(List.of(Base64.encode(x5c.getEncoded()))).build();
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(ec ? new ECDSASigner((ECPrivateKey) key) : new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    String goodAssertion(Instant now) {
        return sign(claims(now, Duration.ofMinutes(2)).build(), keyPair.getPrivate(), certificate);
    }

    Answer requestToken(String assertion) {
        String form = "grant_type=client_credentials&client_assertion_type="
                + URLEncoder.encode("urn:ietf:params:oauth:client-assertion-type:jwt-bearer", StandardCharsets.UTF_8)
                + "&client_assertion=" + URLEncoder.encode(assertion, StandardCharsets.UTF_8);
        return send(HttpRequest.newBuilder(URI.create(sim.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Fetches (once) and returns an access token. */
    String token(Instant now) {
        if (accessToken == null) {
            Answer a = requestToken(goodAssertion(now));
            if (a.status() != 200) {
                throw new AssertionError("token refused: " + a.body());
            }
            accessToken = a.json().get("access_token").asText();
        }
        return accessToken;
    }

    void forgetToken() {
        accessToken = null;
    }

    Answer post(String path, Object body) {
        return send(authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    Answer get(String path) {
        return send(authorised(path).GET());
    }

    /** The same POST, but letting transport failures through (fault tests). */
    HttpResponse<String> postRaw(String path, Object body) throws IOException, InterruptedException {
        return http.send(authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The same POST with a shorter deadline: a client that gives up while the answer is held back. */
    HttpResponse<String> postRaw(String path, Object body, Duration timeout) throws IOException, InterruptedException {
        return http.send(authorised(path).timeout(timeout).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder authorised(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path)).timeout(Duration.ofSeconds(10));
        if (accessToken != null) {
            b.header("Authorization", "Bearer " + accessToken);
        }
        return b;
    }

    Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new AssertionError("transport failure", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static String toJson(Object body) {
        try {
            return body instanceof String s ? s : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
