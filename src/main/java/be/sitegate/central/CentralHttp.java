package be.sitegate.central;

import be.sitegate.central.CentralUnavailableException.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import javax.net.ssl.SSLException;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * One HTTP exchange with the service and the translation of everything that can go wrong into a
 * {@link CentralUnavailableException}. Bodies are never logged: they hold national numbers.
 */
final class CentralHttp {

    /**
     * What came back: the status, the parsed JSON body (missing when empty or not JSON on an error),
     * and the wait the service asked for in {@code Retry-After}.
     */
    record Answer(int status, JsonNode body, Optional<Duration> retryAfter) {
        Answer(int status, JsonNode body) {
            this(status, body, Optional.empty());
        }

        boolean isSuccess() {
            return status >= 200 && status < 300;
        }
    }

    private final OkHttpClient http;
    private final ObjectMapper json;

    CentralHttp(CentralConfig config, ObjectMapper json) {
        TrustedCas trust = new TrustedCas(config.trustedCas());
        this.http = new OkHttpClient.Builder()
                .sslSocketFactory(trust.socketFactory(), trust.trustManager())
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.writeTimeout())
                .callTimeout(config.callTimeout())
                // The outbox owns retries, with backoff and an idempotency key; OkHttp must not resend on its own.
                .retryOnConnectionFailure(false)
                .followRedirects(false)
                .followSslRedirects(false)
                .build();
        this.json = json;
    }

    Answer execute(Request request) {
        try (Response response = http.newCall(request).execute()) {
            int status = response.code();
            JsonNode body = parse(response.body(), status);
            Optional<Duration> retryAfter = RetryAfter.parse(response.header("Retry-After"), Instant.now());
            if (status == 503) {
                throw new CentralUnavailableException(Reason.OUTAGE, OptionalInt.of(status), retryAfter,
                        "the central service reports an outage", null);
            }
            if (status >= 500) {
                throw new CentralUnavailableException(Reason.SERVER_ERROR, OptionalInt.of(status), retryAfter,
                        "the central service answered HTTP " + status, null);
            }
            return new Answer(status, body, retryAfter);
        } catch (CentralException e) {
            throw e;
        } catch (IOException e) {
            throw translate(e);
        } catch (RuntimeException e) {
            // OkHttp reports some broken exchanges as unchecked exceptions; none may leak.
            throw CentralUnavailableException.of(Reason.NETWORK, "exchange failed: " + e.getClass().getSimpleName(), e);
        }
    }

    private JsonNode parse(ResponseBody body, int status) throws IOException {
        byte[] bytes = body == null ? new byte[0] : AnswerSize.read(body);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            if (status >= 200 && status < 300) {
                throw CentralUnavailableException.of(Reason.MALFORMED_ANSWER, "empty answer with HTTP " + status, null);
            }
            return MissingNode.getInstance();
        }
        try {
            return json.readTree(text);
        } catch (IOException e) {
            if (status >= 200 && status < 300) {
                throw CentralUnavailableException.of(Reason.MALFORMED_ANSWER, "answer is not JSON", null);
            }
            return MissingNode.getInstance();
        }
    }

    static CentralUnavailableException translate(IOException e) {
        Reason reason;
        if (e instanceof SSLException) {
            reason = Reason.TLS;
        } else if (e instanceof InterruptedIOException) {
            // SocketTimeoutException, and OkHttp's call timeout, are both InterruptedIOExceptions.
            reason = Reason.TIMEOUT;
        } else if (e instanceof ConnectException || e instanceof NoRouteToHostException
                || e instanceof UnknownHostException) {
            reason = Reason.CONNECTION_REFUSED;
        } else if (hasCause(e, java.security.cert.CertificateException.class)) {
            reason = Reason.TLS;
        } else {
            reason = Reason.NETWORK;
        }
        return CentralUnavailableException.of(reason, reason + ": " + e.getClass().getSimpleName(), e);
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    void shutdown() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
