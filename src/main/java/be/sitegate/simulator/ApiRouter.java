package be.sitegate.simulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads each call, applies the faults, checks the bearer token, dispatches to the endpoint and
 * writes its answer. Faults touch the token endpoint and {@code /api/**}, never the
 * administration or the OpenAPI document, so a test can always switch them off again.
 */
final class ApiRouter implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ApiRouter.class);
    private static final Pattern ONE_PRESENCE = Pattern.compile("/api/v1/presences/(\\d{1,15})");
    private static final byte[] MALFORMED_BODY = "{\"results\": [{\"clientReference\": \"".getBytes(StandardCharsets.UTF_8);

    private final FaultInjector faults;
    private final AccessTokens tokens;
    private final TokenEndpoint tokenEndpoint;
    private final InitialisationEndpoint initialisation;
    private final EmployerLookupEndpoint employerLookup;
    private final PresenceEndpoint presences;
    private final CancellationEndpoint cancellations;
    private final AdminEndpoint admin;
    private final byte[] openApi;
    private final Capabilities capabilities;
    private final CallCounter seen = new CallCounter();

    ApiRouter(FaultInjector faults, AccessTokens tokens, TokenEndpoint tokenEndpoint,
            InitialisationEndpoint initialisation, EmployerLookupEndpoint employerLookup, PresenceEndpoint presences,
            CancellationEndpoint cancellations, AdminEndpoint admin, byte[] openApi, Capabilities capabilities) {
        this.faults = faults;
        this.tokens = tokens;
        this.tokenEndpoint = tokenEndpoint;
        this.initialisation = initialisation;
        this.employerLookup = employerLookup;
        this.presences = presences;
        this.cancellations = cancellations;
        this.admin = admin;
        this.openApi = openApi;
        this.capabilities = capabilities;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiRequest request = read(exchange);
            String path = request.path();
            if (path.startsWith(AdminEndpoint.PREFIX)) {
                write(exchange, answer(() -> admin.handle(request)));
            } else if (path.equals("/openapi.yaml") && request.method().equals("GET")) {
                write(exchange, new ApiResponse(200, "application/yaml", openApi, Map.of()));
            } else if (path.equals(TokenEndpoint.PATH) || path.startsWith("/api/")) {
                handleWithFaults(exchange, request);
            } else {
                write(exchange, new ApiException(404, "NOT_FOUND", "no such resource").toResponse());
            }
        } catch (IOException e) {
            LOG.debug("connection problem while answering: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("unexpected failure", e);
        }
    }

    SeenCalls seenCalls() {
        return seen.seen();
    }

    private void handleWithFaults(HttpExchange exchange, ApiRequest request) throws IOException {
        seen.received(request);
        if (faults.inOutage()) {
            write(exchange, new ApiException(503, "SERVICE_UNAVAILABLE", "the service is down (simulated outage)",
                    Map.of(), Map.of("Retry-After", Long.toString(Math.max(1, faults.current().outageSeconds()))))
                    .toResponse());
            return;
        }
        long limited = faults.rateLimitedFor();
        if (limited > 0) {
            write(exchange, new ApiException(429, "TOO_MANY_REQUESTS", "slow down (simulated rate limit)", Map.of(),
                    Map.of("Retry-After", Long.toString(limited))).toResponse());
            return;
        }
        long latency = faults.latencyMs();
        if (latency > 0) {
            sleep(latency);
        }
        if (faults.rollServerError()) {
            write(exchange, new ApiException(500, "INTERNAL_ERROR", "simulated server error").toResponse());
            return;
        }
        ApiResponse response = answer(() -> dispatch(request));
        long hold = faults.replyDelayMs();
        if (hold > 0 && !request.path().equals(TokenEndpoint.PATH)) {
            // Not the token's answer: the doubt must fall on the work, not on getting a token.
            // A crash harness reads this line to know a call is committed and its answer not yet sent.
            LOG.info("fault: holding the answer of {} {} for {} ms after commit", request.method(), request.path(),
                    hold);
            sleep(hold);
        }
        if (faults.rollDropAfterCommit()) {
            // Close without a status line: the work is committed, the client sees a broken connection.
            LOG.info("fault: dropping the connection of {} {} after commit", request.method(), request.path());
            return;
        }
        if (faults.rollMalformed()) {
            write(exchange, new ApiResponse(200, "application/json", MALFORMED_BODY, Map.of()));
            return;
        }
        write(exchange, response);
    }

    private ApiResponse dispatch(ApiRequest request) {
        String method = request.method();
        String path = request.path();
        if (path.equals(TokenEndpoint.PATH)) {
            requireMethod(method, "POST");
            return tokenEndpoint.handle(request);
        }
        Optional<AccessTokens.Grant> grant = bearer(request).flatMap(tokens::validate);
        if (grant.isEmpty()) {
            return new ApiException(401, "INVALID_TOKEN", "a valid bearer access token is required", Map.of(),
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\"")).toResponse();
        }
        ApiRequest authorised = request.withGrant(grant.get());
        switch (path) {
            case InitialisationEndpoint.PATH:
                requireMethod(method, "POST");
                return initialisation.handle(authorised);
            case EmployerLookupEndpoint.PATH:
                if (!capabilities.employerLookup()) {
                    // The real service has no such operation at all.
                    throw new ApiException(404, "NOT_FOUND", "no such resource");
                }
                requireMethod(method, "POST");
                return employerLookup.handle(authorised);
            case PresenceEndpoint.PATH:
                if (method.equals("GET")) {
                    if (!capabilities.search()) {
                        throw new ApiException(403, "INSPECTION_ONLY",
                                "searching presences is only available for Inspection/Dolsis");
                    }
                    return presences.search(authorised);
                }
                requireMethod(method, "POST");
                return presences.register(authorised);
            case CancellationEndpoint.PATH:
                requireMethod(method, "POST");
                return cancellations.handle(authorised);
            default:
                Matcher m = ONE_PRESENCE.matcher(path);
                if (m.matches()) {
                    requireMethod(method, "GET");
                    return presences.get(authorised, m.group(1));
                }
                if (path.startsWith(PresenceEndpoint.PATH + "/")) {
                    throw new ApiException(404, "UNKNOWN_REGISTRATION", "no registration has this presenceRegistrationId");
                }
                throw new ApiException(404, "NOT_FOUND", "no such resource");
        }
    }

    private static Optional<String> bearer(ApiRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return Optional.of(header.substring(7).trim());
    }

    private static void requireMethod(String actual, String expected) {
        if (!actual.equals(expected)) {
            throw new ApiException(405, "METHOD_NOT_ALLOWED", "use " + expected);
        }
    }

    /** The endpoint's answer; a refusal becomes its error body, a bug becomes a plain 500. */
    private static ApiResponse answer(java.util.function.Supplier<ApiResponse> endpoint) {
        try {
            return endpoint.get();
        } catch (ApiException e) {
            return e.toResponse();
        } catch (RuntimeException e) {
            LOG.error("unexpected failure while handling a call", e);
            return new ApiException(500, "INTERNAL_ERROR", "unexpected failure in the simulator").toResponse();
        }
    }

    private static ApiRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        return new ApiRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                ApiRequest.decodeForm(exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders(), body,
                exchange.getRemoteAddress(), null);
    }

    private static void write(HttpExchange exchange, ApiResponse response) throws IOException {
        if (response.contentType() != null) {
            exchange.getResponseHeaders().set("Content-Type", response.contentType() + "; charset=utf-8");
        }
        response.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        byte[] body = response.body();
        exchange.sendResponseHeaders(response.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
