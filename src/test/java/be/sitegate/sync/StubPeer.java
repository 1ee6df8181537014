package be.sitegate.sync;

import be.sitegate.testkit.Fixtures;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.StubCentral;
import be.sitegate.central.StubCentral.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** The stub as a peer: an idempotent register endpoint with outage and drop-after-commit switches. */
final class StubPeer implements CentralPeer {

    private final ObjectMapper json = new ObjectMapper();
    private final StubCentral stub;
    private final CentralConfig config;
    private final List<Integer> callSizes = new CopyOnWriteArrayList<>();
    private final Map<String, JsonNode> results = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> created = new ConcurrentHashMap<>();
    private final AtomicLong receipts = new AtomicLong(500_000_000_000L);
    private volatile boolean outage;
    private volatile boolean drop;

    StubPeer() throws Exception {
        stub = new StubCentral();
        config = CentralConfig.of(stub.baseUrl(), List.of(stub.ca), stub.technicalUser("sitegate-e2e",
                StubCentral.CLIENT_KEYS));
        stub.on("POST", "/api/v1/presences", s -> register(s.body()));
        stub.on("GET", "/api/v1/presences", s -> Reply.json("{\"items\":[],\"page\":1,\"pageSize\":200,\"total\":0}"));
    }

    private synchronized Reply register(String body) {
        try {
            JsonNode items = json.readTree(body).path("items");
            callSizes.add(items.size());
            if (outage) {
                return new Reply(503, "{\"code\":\"OUTAGE\",\"message\":\"maintenance\"}");
            }
            ArrayNode out = json.createArrayNode();
            for (JsonNode item : items) {
                String ref = item.path("clientReference").asText();
                out.add(results.computeIfAbsent(ref, r -> {
                    created.computeIfAbsent(r, x -> new AtomicInteger()).incrementAndGet();
                    ObjectNode reg = ((ObjectNode) item.deepCopy())
                            .put("presenceRegistrationId", Long.toString(receipts.getAndIncrement()))
                            .put("creationDate", "2026-11-23T08:00:00Z").put("channel", "GATEWAY")
                            .put("sender", "0566988259").put("sector", 1).put("status", "SUCCESSFULLY REGISTERED");
                    reg.putArray("remarks");
                    ObjectNode result = json.createObjectNode().put("clientReference", r).put("created", true);
                    result.set("registration", reg);
                    return result;
                }));
            }
            if (drop) {
                return null;
            }
            return Reply.json(json.createObjectNode().set("results", out).toString());
        } catch (Exception e) {
            return new Reply(400, "{\"code\":\"MALFORMED\",\"message\":\"?\"}");
        }
    }

    @Override
    public CentralConfig clientConfig() {
        return config;
    }

    @Override
    public Clock kioskClock() {
        return Fixtures.runningFrom(Fixtures.START);
    }

    @Override
    public LocalDate today() {
        return Fixtures.DAY;
    }

    @Override
    public be.sitegate.domain.WorkplaceId ciawSite() {
        return Fixtures.SITE;
    }

    @Override
    public be.sitegate.domain.WorkplaceId ciaowSite() {
        return be.sitegate.domain.WorkplaceId.parse("1Y1003SQ5VSSZ");
    }

    @Override
    public be.sitegate.domain.EnterpriseNumber ciawEmployer() {
        return Fixtures.BUILDER_NUMBER;
    }

    @Override
    public be.sitegate.domain.EnterpriseNumber ciaowEmployer() {
        return Fixtures.BUILDER_NUMBER;
    }

    @Override
    public void expireTokens() {
        stub.expireAllTokens();
    }

    @Override
    public List<Integer> registerCallSizes() {
        return callSizes;
    }

    @Override
    public void outage(boolean on) {
        outage = on;
    }

    @Override
    public void dropAfterCommit(boolean on) {
        drop = on;
    }

    @Override
    public int registrationsFor(String clientReference) {
        AtomicInteger n = created.get(clientReference);
        return n == null ? 0 : n.get();
    }

    @Override
    public boolean confirms(String receipt, String clientReference) {
        JsonNode r = results.get(clientReference);
        return r != null && receipt.equals(r.path("registration").path("presenceRegistrationId").asText());
    }

    @Override
    public void close() {
        stub.close();
    }
}
