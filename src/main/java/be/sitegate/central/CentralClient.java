package be.sitegate.central;

import be.sitegate.central.CentralUnavailableException.Reason;
import be.sitegate.domain.Company;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client of the central presence-registration service (docs/central-api.md). Thread-safe: the
 * forwarder and the presence puller share one instance. Every failure is a {@link CentralException}.
 */
public final class CentralClient implements AutoCloseable {

    public static final int MAX_ITEMS_PER_CALL = 200;

    private static final Logger LOG = LoggerFactory.getLogger(CentralClient.class);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final HttpUrl base;
    private final int searchPageSize;
    private final ObjectMapper mapper = new ObjectMapper();
    private final CentralJson json = new CentralJson(mapper);
    private final CentralHttp http;
    private final AuthorisedCalls calls;

    public CentralClient(CentralConfig config, Clock clock) {
        HttpUrl parsed = HttpUrl.get(config.baseUrl().toString());
        this.base = parsed;
        this.searchPageSize = config.searchPageSize();
        this.http = new CentralHttp(config, mapper);
        HttpUrl tokenUrl = HttpUrl.get(config.tokenUrl().toString());
        this.calls = new AuthorisedCalls(http,
                new TokenSource(http, new ClientAssertion(config.technicalUser(), clock), tokenUrl, clock));
    }

    /**
     * Opens the kiosk for a workplace with a contractor's or site manager's credentials. The password
     * array is wiped before returning, whatever happens.
     */
    public Initialisation initialise(String username, char[] password, WorkplaceId workplace) {
        byte[] body = null;
        try {
            ObjectNode head = json.object().put("username", username).put("workplaceId", workplace.toString());
            body = InitialisationCall.body(head, password);
            CentralHttp.Answer answer = post(url("api", "v1", "kiosk", "initialisations").build(), body);
            if (!answer.isSuccess()) {
                InitialisationRefusedException refusal = InitialisationCall.refusal(answer).orElseThrow(() -> refused(answer));
                LOG.info("initialisation refused: {}", refusal.reason());
                throw refusal;
            }
            JsonNode opened = expectSuccess(answer);
            return CentralJson.reading("initialisation", () -> json.initialisation(opened));
        } finally {
            Arrays.fill(password, '\0');
            if (body != null) {
                Arrays.fill(body, (byte) 0);
            }
        }
    }

    /** The companies on this workplace's declaration that employ this person on that date. */
    public List<Company> employersOf(WorkplaceId workplace, Inss inss, LocalDate date) {
        ObjectNode body = json.object();
        body.put("workplaceId", workplace.toString());
        body.put("inss", inss.toString());
        body.put("date", date.toString());
        JsonNode answer = expectSuccess(post(url("api", "v1", "employer-lookups").build(), bytes(body)));
        List<Company> out = CentralJson.reading("employer look-up",
                () -> json.array(answer, "employers").stream().map(json::company).toList());
        LOG.debug("employer look-up for {}: {} companies", inss.masked(), out.size());
        return out;
    }

    /** Registers 1 to 200 items; one result per item, in item order. */
    public List<ItemResult> register(List<PresenceItem> items) {
        checkBatch(items.size());
        ArrayNode array = json.arrayNode();
        items.forEach(i -> array.add(json.item(i)));
        ObjectNode body = json.object();
        body.set("items", array);
        JsonNode answer = expectSuccess(post(url("api", "v1", "presences").build(), bytes(body)));
        return CentralJson.reading("registration results", () -> registerResults(answer, items));
    }

    private List<ItemResult> registerResults(JsonNode answer, List<PresenceItem> items) {
        List<JsonNode> results = json.array(answer, "results");
        if (results.size() != items.size()) {
            throw CentralJson.malformed("results (" + results.size() + " for " + items.size() + " items)");
        }
        List<ItemResult> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            ItemResult r = json.itemResult(results.get(i));
            if (!r.clientReference().equals(items.get(i).clientReference())) {
                throw CentralJson.malformed("results[" + i + "].clientReference");
            }
            out.add(r);
        }
        return out;
    }

    /** Cancels 1 to 200 registrations; one result per item, in item order. */
    public List<CancelResult> cancel(List<Cancellation> cancellations) {
        checkBatch(cancellations.size());
        ArrayNode array = json.arrayNode();
        for (Cancellation c : cancellations) {
            array.addObject().put("presenceRegistrationId", c.presenceRegistrationId()).put("reason", c.reason().name());
        }
        ObjectNode body = json.object();
        body.set("items", array);
        JsonNode answer = expectSuccess(post(url("api", "v1", "presences", "cancellations").build(), bytes(body)));
        return CentralJson.reading("cancellation results", () -> {
            List<JsonNode> results = json.array(answer, "results");
            if (results.size() != cancellations.size()) {
                throw CentralJson.malformed("results");
            }
            return results.stream().map(json::cancelResult).toList();
        });
    }

    /**
     * Every registration for the workplace in the period (at most 31 days), following the pages. More
     * than 500 results is refused by the service ({@code TOO_MANY_RESULTS}): narrow the period. A
     * service that announces more, pages longer than asked or never ends its pages gets a
     * {@code MALFORMED_ANSWER}: the client never follows more than the 500 results can fill.
     */
    public List<CentralRegistration> search(WorkplaceId workplace, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > 30) {
            throw new IllegalArgumentException("a search covers 1 to 31 days");
        }
        SearchPaging paging = new SearchPaging(searchPageSize);
        List<CentralRegistration> out = new ArrayList<>();
        for (int page = 1; ; page++) {
            paging.beforePage(page);
            HttpUrl url = url("api", "v1", "presences")
                    .addQueryParameter("workplaceId", workplace.toString())
                    .addQueryParameter("from", from.toString())
                    .addQueryParameter("to", to.toString())
                    .addQueryParameter("page", Integer.toString(page))
                    .addQueryParameter("pageSize", Integer.toString(searchPageSize))
                    .build();
            JsonNode answer = expectSuccess(calls.send(new Request.Builder().url(url).get()));
            List<JsonNode> items = json.array(answer, "items");
            JsonNode totalNode = answer.path("total");
            long total = totalNode.canConvertToLong() && totalNode.isIntegralNumber() ? totalNode.asLong() : -1;
            paging.afterPage(items.size(), total, out.size());
            out.addAll(CentralJson.reading("search results", () -> items.stream().map(json::registration).toList()));
            if (items.isEmpty() || out.size() >= total) {
                return out;
            }
        }
    }

    /** One registration with its validation history; empty when the service does not know the id. */
    public Optional<CentralRegistration> get(String presenceRegistrationId) {
        HttpUrl url = url("api", "v1", "presences", presenceRegistrationId).build();
        CentralHttp.Answer answer = calls.send(new Request.Builder().url(url).get());
        if (answer.status() == 404) {
            return Optional.empty();
        }
        JsonNode body = expectSuccess(answer);
        return Optional.of(CentralJson.reading("registration", () -> json.registration(body)));
    }

    private static void checkBatch(int size) {
        if (size < 1 || size > MAX_ITEMS_PER_CALL) {
            throw new IllegalArgumentException("a call carries 1 to " + MAX_ITEMS_PER_CALL + " items, not " + size);
        }
    }

    private CentralHttp.Answer post(HttpUrl url, byte[] body) {
        return calls.send(new Request.Builder().url(url).post(RequestBody.create(body, JSON)));
    }

    private JsonNode expectSuccess(CentralHttp.Answer answer) {
        if (answer.isSuccess()) {
            if (!answer.body().isObject()) {
                throw CentralUnavailableException.of(Reason.MALFORMED_ANSWER, "answer is not a JSON object", null);
            }
            return answer.body();
        }
        throw refused(answer);
    }

    /** A refused call; HTTP 429 is not a refusal of the request but a request to come back later. */
    static CentralException refused(CentralHttp.Answer answer) {
        if (answer.status() == 429) {
            return new CentralUnavailableException(Reason.RATE_LIMITED, java.util.OptionalInt.of(429),
                    answer.retryAfter(), "the central service asks to slow down (HTTP 429)", null);
        }
        String code = Problem.code(answer.body(), answer.status());
        return new CentralRequestRefusedException(answer.status(), code,
                "request refused with HTTP " + answer.status() + " " + code);
    }

    private byte[] bytes(JsonNode body) {
        return body.toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) {
            b.addPathSegment(s);
        }
        return b;
    }

    @Override
    public void close() {
        http.shutdown();
    }
}
