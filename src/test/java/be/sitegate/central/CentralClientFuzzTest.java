package be.sitegate.central;

import static be.sitegate.central.CentralClientTest.DAY;
import static be.sitegate.central.CentralClientTest.SITE;
import static be.sitegate.central.CentralClientTest.item;
import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.StubCentral.Reply;
import be.sitegate.fuzz.JsonMutations;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * The real {@link CentralClient} against a real HTTPS server on loopback that answers fuzzed
 * answers (issue 18, part 5): mutated bodies (as JSON trees and as bytes), any status and a fuzzed
 * {@code Retry-After}, for the register call, the other calls and the token endpoint. Every call
 * ends in its result or a {@link CentralException}; nothing else escapes, no call hangs, and a
 * registration reads as created only where a successful answer says so for this item.
 */
class CentralClientFuzzTest {

    private static StubCentral stub;
    private static CentralClient client;
    /** Every token value an answer ever carried: the client may still hold one of them in its cache. */
    private static final java.util.Set<String> tokensSeen = new java.util.HashSet<>();

    @BeforeContainer
    static void start() throws Exception {
        // The JDK's HTTP server writes headers and body apart; with Nagle's algorithm each answer then
        // waits for a delayed ACK (tens of ms on loopback). Read once, when the first server starts.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        stub = new StubCentral();
        CentralConfig config = CentralConfig.of(stub.baseUrl(), List.of(stub.ca),
                        stub.technicalUser("sitegate-fuzz", StubCentral.CLIENT_KEYS))
                .withTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10))
                .withSearchPageSize(100);
        client = new CentralClient(config, Clock.systemUTC());
    }

    @AfterContainer
    static void stop() {
        client.close();
        stub.close();
    }

    @Property
    void aRegisterAnswerIsCreatedOnlyWhereASuccessfulAnswerSaysSo(@ForAll("statuses") int status,
            @ForAll("registerBodies") String body, @ForAll("retryAfter") Optional<String> retryAfter) throws Exception {
        stub.tokenReply = null;
        stub.on("POST", "/api/v1/presences", s -> reply(status, body, retryAfter));
        List<ItemResult> results;
        try {
            results = within(() -> client.register(List.of(item("R1"))));
        } catch (CentralException refused) {
            Statistics.label("outcome").collect(refused.reasonCode());
            checkRetryAfter(refused, status, retryAfter);
            return;
        }
        Statistics.label("outcome").collect(results.get(0).getClass().getSimpleName());
        assertThat(status).as("a result from an unsuccessful answer").isBetween(200, 299);
        assertThat(results).hasSize(1);
        JsonNode said = JsonMutations.parse(body).path("results").path(0);
        assertThat(said.path("clientReference").asText()).isEqualTo("R1");
        if (results.get(0) instanceof ItemResult.Created created) {
            assertThat(said.path("created").isBoolean() && said.path("created").booleanValue()).isTrue();
            assertThat(said.path("registration").path("status").asText()).isEqualTo(created.registration().status().wire());
        } else {
            assertThat(said.path("created").isBoolean() && !said.path("created").booleanValue()).isTrue();
        }
    }

    @Property
    void everyOtherCallEndsInItsResultOrACentralException(@ForAll("callsAndAnswers") Tuple.Tuple2<Call, String> answer,
            @ForAll("statuses") int status, @ForAll("retryAfter") Optional<String> retryAfter) throws Exception {
        stub.tokenReply = null;
        Call call = answer.get1();
        String body = answer.get2();
        stub.on(call.method, call.path, s -> reply(status, body, retryAfter));
        try {
            Object result = within(() -> call.run());
            Statistics.label("outcome").collect(call + " read");
            assertThat(result).isNotNull();
            if (!(call == Call.GET && status == 404)) {
                assertThat(status).as("a result from an unsuccessful answer").isBetween(200, 299);
            }
        } catch (CentralException refused) {
            Statistics.label("outcome").collect(call + " " + refused.reasonCode());
            checkRetryAfter(refused, status, retryAfter);
        }
    }

    /** Not shrunk: which tokens the client may hold depends on the tries before, so only the original sample is telling. */
    @Property(shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void aTokenAnswerGivesATokenOnlyWhenItIsOne(@ForAll("statuses") int status, @ForAll("tokenBodies") String answer)
            throws Exception {
        String body = answer.replace("fuzz-token", "fuzz-token-" + tokensSeen.size());
        stub.on("POST", "/api/v1/presences", s -> Reply.json(CentralAnswerSeeds.created(CentralAnswerSeeds.REGISTRATION)));
        stub.expireAllTokens(); // the client's cached token is refused, so it asks the token endpoint again
        JsonNode token = tokenField(body);
        // Only a value no earlier answer carried is made valid, so a success proves this answer's token was used.
        if (token.isTextual() && tokensSeen.add(token.asText())) {
            stub.validTokens.add(token.asText());
        }
        stub.tokenReply = new Reply(status, body);
        try {
            List<ItemResult> results = within(() -> client.register(List.of(item("R1"))));
            Statistics.label("outcome").collect("registered");
            assertThat(results).hasSize(1);
            JsonNode said = JsonMutations.parse(body);
            assertThat(status).isBetween(200, 299);
            assertThat(said.path("access_token").isTextual()).isTrue();
            assertThat(said.path("expires_in").canConvertToLong() && said.path("expires_in").asLong() > 0).isTrue();
        } catch (CentralException refused) {
            Statistics.label("outcome").collect(refused.reasonCode());
        } finally {
            stub.tokenReply = null;
        }
    }

    /**
     * Found by {@link #aTokenAnswerGivesATokenOnlyWhenItIsOne}: a token with a character a header cannot
     * carry made OkHttp throw IllegalArgumentException out of the client when it built the Authorization
     * header. A token that is not an RFC 6750 b64token is a malformed token answer.
     */
    @net.jqwik.api.Example
    void aTokenThatCannotBeSentInAHeaderIsAMalformedTokenAnswer() throws Exception {
        for (String token : List.of("\"é\"", "\"tok\\n\"", "\"a b\"", "\"tok\\u0000\"")) {
            stub.on("POST", "/api/v1/presences", s -> Reply.json(CentralAnswerSeeds.created(CentralAnswerSeeds.REGISTRATION)));
            stub.expireAllTokens();
            stub.tokenReply = Reply.json("{\"access_token\":" + token + ",\"token_type\":\"Bearer\",\"expires_in\":600}");
            try {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> within(() -> client.register(List.of(item("R1")))))
                        .as(token).isInstanceOfSatisfying(CentralUnavailableException.class, e -> assertThat(e.reason())
                                .isEqualTo(CentralUnavailableException.Reason.MALFORMED_ANSWER));
            } finally {
                stub.tokenReply = null;
            }
        }
    }

    /** A wait comes only from a Retry-After the client can read, and is never negative. */
    private static void checkRetryAfter(CentralException refused, int status, Optional<String> header) {
        if (refused instanceof CentralUnavailableException u && u.retryAfter().isPresent()) {
            assertThat(header).isPresent();
            assertThat(u.retryAfter().get()).isGreaterThanOrEqualTo(Duration.ZERO);
            assertThat(status == 429 || status >= 500).isTrue();
        }
    }

    private static JsonNode tokenField(String body) {
        try {
            return JsonMutations.parse(body).path("access_token");
        } catch (IllegalArgumentException notJson) {
            return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
        }
    }

    private static Reply reply(int status, String body, Optional<String> retryAfter) {
        return new Reply(status, body, retryAfter.map(v -> Map.of("Retry-After", v)).orElse(Map.of()));
    }

    /** The client's other calls, each with the answers it expects when all is well. */
    enum Call {
        CANCEL("POST", "/api/v1/presences/cancellations", CentralAnswerSeeds.CANCEL),
        GET("GET", "/api/v1/presences/123456789012", List.of(CentralAnswerSeeds.REGISTRATION,
                CentralAnswerSeeds.WITH_HISTORY)),
        SEARCH("GET", "/api/v1/presences", CentralAnswerSeeds.SEARCH),
        EMPLOYERS("POST", "/api/v1/employer-lookups", CentralAnswerSeeds.EMPLOYERS),
        INITIALISE("POST", "/api/v1/kiosk/initialisations", CentralAnswerSeeds.INITIALISATION);

        final String method;
        final String path;
        final List<String> valid;

        Call(String method, String path, List<String> valid) {
            this.method = method;
            this.path = path;
            this.valid = valid;
        }

        /** One of the valid answers or of the problems, mutated. */
        Arbitrary<String> answers() {
            List<String> seeds = new java.util.ArrayList<>(valid);
            seeds.addAll(CentralAnswerSeeds.PROBLEMS);
            return JsonMutations.mutated(seeds);
        }

        Object run() {
            return switch (this) {
                case CANCEL -> client.cancel(List.of(new Cancellation("123456789012", CancellationReason.HOLIDAY)));
                case GET -> client.get("123456789012");
                case SEARCH -> client.search(SITE, DAY, DAY);
                case EMPLOYERS -> client.employersOf(SITE, CentralClientTest.ANNA, DAY);
                case INITIALISE -> client.initialise("jan", "secret".toCharArray(), SITE);
            };
        }
    }

    @Provide
    Arbitrary<Tuple.Tuple2<Call, String>> callsAndAnswers() {
        return Arbitraries.oneOf(java.util.Arrays.stream(Call.values())
                .map(call -> call.answers().map(body -> Tuple.of(call, body))).toList());
    }

    /** Mostly success, often the contract's refusals, sometimes any status a server may send with a body. */
    @Provide
    Arbitrary<Integer> statuses() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(200)),
                Tuple.of(3, Arbitraries.of(201, 202, 206, 301, 302, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503)),
                Tuple.of(1, Arbitraries.integers().between(200, 599).filter(s -> s != 204 && s != 304)));
    }

    @Provide
    Arbitrary<String> registerBodies() {
        List<String> seeds = new java.util.ArrayList<>(CentralAnswerSeeds.REGISTER);
        seeds.addAll(CentralAnswerSeeds.PROBLEMS);
        return JsonMutations.mutated(seeds);
    }

    @Provide
    Arbitrary<String> tokenBodies() {
        return JsonMutations.mutated(CentralAnswerSeeds.TOKEN);
    }

    /** Seconds (some beyond a long), HTTP dates (some impossible), and anything printable a header can carry. */
    @Provide
    Arbitrary<Optional<String>> retryAfter() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.longs().between(0, Long.MAX_VALUE).map(l -> Long.toString(l)),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(30),
                Arbitraries.of("Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT", "Mon, 30 Feb 2026 25:61:61 GMT",
                        "-5", "1e3", " 120 ", ""),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(40));
        return value.optional(0.5);
    }
}
