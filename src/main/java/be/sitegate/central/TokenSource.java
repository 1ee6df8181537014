package be.sitegate.central;

import be.sitegate.central.CentralUnavailableException.Reason;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.Request;

/**
 * Access tokens from the client-credentials grant, cached until shortly before they expire. The
 * lock is held while fetching so concurrent callers share one token request.
 */
final class TokenSource {

    private static final Duration MAX_MARGIN = Duration.ofSeconds(30);
    /**
     * The longest the client keeps a token, whatever {@code expires_in} says: a service may hand out
     * long-lived tokens, but caching one for a year (or past the end of time, which is an arithmetic
     * error) helps no one. Asking again every hour costs one request.
     */
    static final Duration MAX_LIFETIME = Duration.ofHours(1);
    /**
     * RFC 6750's b64token, the only form a bearer token may take in an Authorization header. Anything
     * else (an accent, a space, a line break) cannot be sent, and OkHttp would throw building the header.
     */
    private static final java.util.regex.Pattern BEARER_TOKEN = java.util.regex.Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");

    private final CentralHttp http;
    private final ClientAssertion assertion;
    private final HttpUrl tokenUrl;
    private final Clock clock;
    private AccessToken cached;

    TokenSource(CentralHttp http, ClientAssertion assertion, HttpUrl tokenUrl, Clock clock) {
        this.http = http;
        this.assertion = assertion;
        this.tokenUrl = tokenUrl;
        this.clock = clock;
    }

    synchronized AccessToken current() {
        if (cached == null || !cached.isFreshAt(clock.instant())) {
            cached = fetch();
        }
        return cached;
    }

    /** Forgets {@code refused} (unless another caller already replaced it), so the next call fetches anew. */
    synchronized void invalidate(AccessToken refused) {
        if (cached == refused) {
            cached = null;
        }
    }

    private AccessToken fetch() {
        FormBody form = new FormBody.Builder()
                .add("grant_type", "client_credentials")
                .add("client_assertion_type", "urn:ietf:params:oauth:client-assertion-type:jwt-bearer")
                .add("client_assertion", assertion.create(tokenUrl.toString()))
                .build();
        Instant asked = clock.instant();
        CentralHttp.Answer answer = http.execute(new Request.Builder().url(tokenUrl).post(form).build());
        if (answer.status() == 429) {
            throw new CentralUnavailableException(Reason.RATE_LIMITED, java.util.OptionalInt.of(429),
                    answer.retryAfter(), "the token endpoint asks to slow down (HTTP 429)", null);
        }
        if (answer.status() == 400 || answer.status() == 401) {
            throw new CentralAuthenticationException(CentralAuthenticationException.Reason.CLIENT_REFUSED,
                    "token endpoint refused the client: " + answer.body().path("error_description").asText("?"));
        }
        JsonNode token = answer.body().path("access_token");
        JsonNode expiresIn = answer.body().path("expires_in");
        if (!answer.isSuccess() || !token.isTextual() || !BEARER_TOKEN.matcher(token.asText()).matches()
                || !expiresIn.canConvertToLong()
                || expiresIn.asLong() <= 0) {
            throw CentralUnavailableException.of(Reason.MALFORMED_ANSWER,
                    "unexpected token answer (HTTP " + answer.status() + ")", null);
        }
        Duration lifetime = expiresIn.asLong() > MAX_LIFETIME.toSeconds() ? MAX_LIFETIME
                : Duration.ofSeconds(expiresIn.asLong());
        Duration margin = lifetime.dividedBy(10).compareTo(MAX_MARGIN) < 0 ? lifetime.dividedBy(10) : MAX_MARGIN;
        return new AccessToken(token.asText(), asked.plus(lifetime).minus(margin));
    }
}
