package be.sitegate.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code POST /api/v1/presences/cancellations}: withdraws registrations, one reason each. */
final class CancellationEndpoint {

    static final String PATH = "/api/v1/presences/cancellations";
    static final Set<String> REASONS = Set.of("HOLIDAY", "DISEASE", "PLANNING", "C32A");
    private static final Logger LOG = LoggerFactory.getLogger(CancellationEndpoint.class);

    private final SimulatorDatabase db;
    private final Clock clock;
    private final RegistrationAccess access;

    CancellationEndpoint(SimulatorDatabase db, Seed seed, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.access = new RegistrationAccess(seed);
    }

    ApiResponse handle(ApiRequest request) {
        List<JsonNode> items = Batch.items(request.jsonBody(), PresenceEndpoint.MAX_ITEMS);
        ArrayNode results = db.inTransaction(() -> {
            ArrayNode out = Json.MAPPER.createArrayNode();
            for (JsonNode item : items) {
                out.add(cancelOne(item, request.grant().sender()));
            }
            return out;
        });
        ObjectNode body = Json.MAPPER.createObjectNode();
        body.set("results", results);
        return ApiResponse.json(200, body);
    }

    private ObjectNode cancelOne(JsonNode item, String caller) throws SQLException {
        JsonNode idNode = item.get("presenceRegistrationId");
        String id = idNode == null || idNode.isNull() ? "" : idNode.asText();
        String reason = Json.text(item, "reason");
        ObjectNode result = Json.MAPPER.createObjectNode();
        result.put("presenceRegistrationId", id);
        // Another company's registration is "not known": its existence is none of the caller's business.
        Optional<StoredRegistration> found = access.visible(db.find(id), caller);
        String code = null;
        String description = null;
        if (found.isEmpty()) {
            code = "UNKNOWN_REGISTRATION";
            description = "PRESENCE REGISTRATION IS NOT KNOWN";
        } else if (reason == null || !REASONS.contains(reason)) {
            code = "INVALID_REASON";
            description = "CANCELLATION REASON IS NOT VALID";
        } else if (StoredRegistration.SUCCESSFULLY_CANCELLED.equals(found.get().status())) {
            code = "ALREADY_CANCELLED";
            description = "PRESENCE REGISTRATION IS ALREADY CANCELLED";
        }
        if (code != null) {
            result.put("cancelled", false);
            result.putArray("errors").addObject().put("code", code).put("description", description);
            return result;
        }
        db.updateStatus(id, StoredRegistration.SUCCESSFULLY_CANCELLED, clock.instant());
        LOG.info("registration {} cancelled ({})", id, reason);
        result.put("cancelled", true);
        result.set("registration", RegistrationJson.of(found.get().withStatus(StoredRegistration.SUCCESSFULLY_CANCELLED)));
        return result;
    }
}
