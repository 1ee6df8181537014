package be.sitegate.simulator;

import be.sitegate.domain.Inss;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/presences} (register), {@code GET /api/v1/presences} (search) and
 * {@code GET /api/v1/presences/{id}}. A registration call is one transaction: every item's result,
 * and its idempotency record, is committed before the answer is written.
 *
 * <p>Without reference replay (the real service is not documented to de-duplicate on the client
 * reference) a resend is checked and registered like a new item, and so flagged as the same
 * declaration when its first send was registered.
 */
final class PresenceEndpoint {

    static final String PATH = "/api/v1/presences";
    static final int MAX_ITEMS = 200;
    static final int MAX_REFERENCE_LENGTH = 24;
    static final int MAX_PERIOD_DAYS = 31;
    static final int MAX_RESULTS = 500;
    static final int DEFAULT_PAGE_SIZE = 50;
    private static final String CHANNEL = "WEBSERVICE";
    private static final Logger LOG = LoggerFactory.getLogger(PresenceEndpoint.class);

    private final SimulatorDatabase db;
    private final PresenceRules rules;
    private final Clock clock;
    private final RegistrationAccess access;
    private final boolean referenceReplay;
    private final java.util.concurrent.atomic.LongAdder registerCalls = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder registerItems = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder registerNanos = new java.util.concurrent.atomic.LongAdder();

    PresenceEndpoint(SimulatorDatabase db, Seed seed, Clock clock, boolean referenceReplay) {
        this.db = db;
        this.rules = new PresenceRules(seed);
        this.clock = clock;
        this.access = new RegistrationAccess(seed);
        this.referenceReplay = referenceReplay;
    }

    /** The registration calls answered so far and the time spent in them. */
    CallStats registerStats() {
        return new CallStats(registerCalls.sum(), registerItems.sum(), java.time.Duration.ofNanos(registerNanos.sum()));
    }

    ApiResponse register(ApiRequest request) {
        long start = System.nanoTime();
        try {
            return registerTimed(request);
        } finally {
            registerCalls.increment();
            registerNanos.add(System.nanoTime() - start);
        }
    }

    private ApiResponse registerTimed(ApiRequest request) {
        List<JsonNode> items = Batch.items(request.jsonBody(), MAX_ITEMS);
        for (JsonNode item : items) {
            String reference = Json.text(item, "clientReference");
            if (reference == null || reference.isEmpty() || reference.length() > MAX_REFERENCE_LENGTH) {
                throw ApiException.malformed("every item needs a clientReference of 1 to "
                        + MAX_REFERENCE_LENGTH + " characters");
            }
        }
        String sender = request.grant().sender();
        ArrayNode results = db.inTransaction(() -> {
            ArrayNode out = Json.MAPPER.createArrayNode();
            for (JsonNode item : items) {
                out.add(registerOne(item, sender));
            }
            return out;
        });
        registerItems.add(items.size());
        LOG.info("{} item(s) from {} answered", items.size(), sender);
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("results", results);
        return ApiResponse.json(200, body);
    }

    private JsonNode registerOne(JsonNode item, String sender) throws SQLException {
        String reference = Json.text(item, "clientReference");
        Optional<String> earlier = referenceReplay ? db.itemResult(sender, reference) : Optional.empty();
        if (earlier.isPresent()) {
            return parse(earlier.get());
        }
        LocalDate today = Today.in(clock);
        PresenceRules.Checked checked = rules.check(item, today);
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("clientReference", reference);
        if (!checked.accepted()) {
            result.put("created", false);
            ArrayNode errors = result.putArray("errors");
            for (PresenceRules.ItemError e : checked.errors()) {
                errors.addObject().put("code", e.code()).put("description", e.description());
            }
            remember(sender, reference, result);
            return result;
        }
        List<String> remarks = new java.util.ArrayList<>(checked.remarks());
        if (db.sameDeclaration(checked.workplaceId(), checked.date(), checked.inss(), checked.limosaId(),
                checked.direction(), checked.timestamp()).isPresent()) {
            // The real service registers a repeat and flags it (presence-registration-soap.md, section 10).
            remarks.add(0, PresenceRules.ALREADY_REGISTERED);
        }
        Instant now = clock.instant();
        StoredRegistration registration = new StoredRegistration(db.nextReceiptNumber(), sender, reference,
                checked.workplaceId(), checked.date(), checked.inss(), checked.limosaId(),
                checked.companyId(), checked.direction(), checked.timestamp(), now, CHANNEL,
                checked.declaration().map(Seed.Declaration::sector).orElse(0),
                remarks.isEmpty() ? StoredRegistration.SUCCESSFULLY_REGISTERED : StoredRegistration.FAILED,
                List.copyOf(remarks.subList(0, Math.min(10, remarks.size()))));
        db.insert(registration);
        LOG.debug("registration {} for {} on {} ({}), {} remark(s)", registration.id(),
                registration.inss() != null ? Inss.parse(registration.inss()).masked() : "Limosa " + registration.limosaId(),
                registration.workplaceId(), registration.status(), registration.remarks().size());
        result.put("created", true);
        result.set("registration", RegistrationJson.of(registration));
        remember(sender, reference, result);
        return result;
    }

    private void remember(String sender, String reference, ObjectNode result) throws SQLException {
        if (referenceReplay) {
            db.saveItemResult(sender, reference, result.toString());
        }
    }

    ApiResponse search(ApiRequest request) {
        Map<String, String> q = request.query();
        String workplaceId = q.get("workplaceId");
        if (workplaceId == null || workplaceId.isBlank()) {
            throw ApiException.malformed("workplaceId is required");
        }
        LocalDate from = date(q, "from");
        LocalDate to = date(q, "to");
        if (to.isBefore(from)) {
            throw ApiException.malformed("'to' lies before 'from'");
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_PERIOD_DAYS) {
            throw ApiException.malformed("the period may span at most " + MAX_PERIOD_DAYS + " days");
        }
        int page = number(q, "page", 1, 1, Integer.MAX_VALUE);
        int pageSize = number(q, "pageSize", DEFAULT_PAGE_SIZE, 1, MAX_RESULTS);
        String caller = request.grant().sender();
        // A company on the declaration sees the whole workplace; any other sender only what it sent there.
        String onlySender = access.seesWholeWorkplace(workplaceId, caller) ? null : caller;
        ObjectNode body = db.inTransaction(() -> {
            int total = db.count(workplaceId, from, to, onlySender);
            if (total > MAX_RESULTS) {
                throw new ApiException(400, "TOO_MANY_RESULTS",
                        total + " registrations match; at most " + MAX_RESULTS + ": narrow the period");
            }
            long offset = (long) (page - 1) * pageSize;
            List<StoredRegistration> found = offset >= total ? List.of()
                    : db.search(workplaceId, from, to, onlySender, (int) offset, pageSize);
            ObjectNode out = Json.MAPPER.createObjectNode();
            ArrayNode items = out.putArray("items");
            found.forEach(r -> items.add(RegistrationJson.of(r)));
            out.put("page", page);
            out.put("pageSize", pageSize);
            out.put("total", total);
            return out;
        });
        return ApiResponse.json(200, body);
    }

    ApiResponse get(ApiRequest request, String id) {
        String caller = request.grant().sender();
        ObjectNode body = db.inTransaction(() -> {
            StoredRegistration r = access.visible(db.find(id), caller).orElseThrow(() -> new ApiException(404,
                    "UNKNOWN_REGISTRATION", "no registration has this presenceRegistrationId"));
            return RegistrationJson.withHistory(r, db.history(id));
        });
        return ApiResponse.json(200, body);
    }

    private static LocalDate date(Map<String, String> q, String name) {
        String text = q.get(name);
        if (text == null) {
            throw ApiException.malformed("'" + name + "' is required (YYYY-MM-DD)");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiException.malformed("'" + name + "' must be YYYY-MM-DD");
        }
    }

    private static int number(Map<String, String> q, String name, int fallback, int min, int max) {
        String text = q.get(name);
        if (text == null) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value < min || value > max) {
                throw ApiException.malformed("'" + name + "' must be between " + min + " and " + max);
            }
            return value;
        } catch (NumberFormatException e) {
            throw ApiException.malformed("'" + name + "' must be a number");
        }
    }

    private static JsonNode parse(String json) {
        try {
            return Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored result is not JSON", e);
        }
    }
}
