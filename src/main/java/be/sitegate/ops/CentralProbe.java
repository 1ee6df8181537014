package be.sitegate.ops;

import be.sitegate.central.CentralConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.TrustManagerFactory;

/**
 * One plain HTTPS request to the service's base address, trusting only the configured CAs as the
 * kiosk does: does the address answer, does its TLS certificate chain to those CAs, and what time
 * does the service say it is ({@code Date}). Made once and shared by the checks that need it.
 */
public final class CentralProbe {

    /** What the request came to. */
    public sealed interface Outcome {
    }

    /** An HTTP answer (any status: reaching the service is the point here). */
    public record Answered(int status, Optional<Instant> serverDate, Instant sentAt, Instant answeredAt)
            implements Outcome {
    }

    /** No HTTP answer; {@code tls} when the connection was made but its certificate was not trusted. */
    public record NotAnswered(String why, boolean tls) implements Outcome {
    }

    private final CentralConfig config;
    private final Clock clock;
    private Outcome outcome;

    public CentralProbe(CentralConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
    }

    public URI address() {
        return config.baseUrl();
    }

    public synchronized Outcome outcome() {
        if (outcome == null) {
            outcome = send();
        }
        return outcome;
    }

    private Outcome send() {
        HttpClient http;
        try {
            http = HttpClient.newBuilder().sslContext(trustingOnly(config)).connectTimeout(config.connectTimeout())
                    .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
        } catch (GeneralSecurityException | IOException e) {
            return new NotAnswered("cannot use central.ca-file: " + e.getMessage(), true);
        }
        HttpRequest request = HttpRequest.newBuilder(config.baseUrl()).timeout(config.readTimeout()).GET().build();
        Instant sent = clock.instant();
        try {
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            Instant answered = clock.instant();
            return new Answered(response.statusCode(), response.headers().firstValue("Date").flatMap(CentralProbe::date),
                    sent, answered);
        } catch (SSLHandshakeException e) {
            return new NotAnswered("TLS handshake refused: " + e.getMessage(), true);
        } catch (IOException e) {
            return new NotAnswered(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()),
                    false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new NotAnswered("interrupted", false);
        }
    }

    static Optional<Instant> date(String header) {
        try {
            return Optional.of(ZonedDateTime.parse(header, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static SSLContext trustingOnly(CentralConfig config) throws GeneralSecurityException, IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        int i = 0;
        for (X509Certificate ca : config.trustedCas()) {
            trust.setCertificateEntry("ca-" + i++, ca);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext ssl = SSLContext.getInstance("TLS");
        ssl.init(null, tmf.getTrustManagers(), null);
        return ssl;
    }

    /** How long the request took, for the skew's margin. */
    static Duration roundTrip(Answered a) {
        return Duration.between(a.sentAt(), a.answeredAt());
    }
}
