package be.sitegate.central;

import be.sitegate.central.CentralUnavailableException.Reason;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Direction;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.LimosaId;
import be.sitegate.domain.RegistrationMode;
import be.sitegate.domain.Sector;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.Workplace;
import be.sitegate.domain.WorkplaceId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The contract's JSON, both ways. Reading is strict: an answer that breaks the contract becomes a
 * {@code MALFORMED_ANSWER}, never a half-filled object. Messages name the field, never its value.
 */
final class CentralJson {

    private final ObjectMapper mapper;

    CentralJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    ObjectNode object() {
        return mapper.createObjectNode();
    }

    ObjectNode item(PresenceItem item) {
        ObjectNode n = object();
        n.put("clientReference", item.clientReference().value());
        n.put("workplaceId", item.workplace().toString());
        n.put("registrationDate", item.registrationDate().toString());
        if (item.worker() instanceof WorkerId.National national) {
            n.put("inss", national.inss().toString());
            item.company().ifPresent(c -> n.put("companyId", c.toString()));
        } else if (item.worker() instanceof WorkerId.Limosa limosa) {
            n.put("limosaId", limosa.limosaId().toString());
        }
        item.direction().ifPresent(d -> n.put("direction", d.name()));
        item.timestamp().ifPresent(t -> n.put("timestamp", t.toString()));
        return n;
    }

    ItemResult itemResult(JsonNode n) {
        ClientReference ref = parse(n, "clientReference", ClientReference::new);
        JsonNode created = n.path("created");
        if (!created.isBoolean()) {
            throw malformed("result.created");
        }
        if (created.asBoolean()) {
            return new ItemResult.Created(ref, registration(n.path("registration")));
        }
        return new ItemResult.NotCreated(ref, errors(n));
    }

    CancelResult cancelResult(JsonNode n) {
        String id = text(n, "presenceRegistrationId");
        JsonNode cancelled = n.path("cancelled");
        if (!cancelled.isBoolean()) {
            throw malformed("result.cancelled");
        }
        return cancelled.asBoolean() ? new CancelResult.Cancelled(id, registration(n.path("registration")))
                : new CancelResult.NotCancelled(id, errors(n));
    }

    /** The errors of a not-created result; {@code existingRegistrationId} may sit on the error or the result. */
    private List<CentralError> errors(JsonNode result) {
        List<CentralError> out = new ArrayList<>();
        Optional<String> onResult = optionalText(result, "existingRegistrationId");
        for (JsonNode e : array(result, "errors")) {
            Optional<String> existing = optionalText(e, "existingRegistrationId");
            String code = text(e, "code");
            if (existing.isEmpty() && "ALREADY_REGISTERED".equals(code)) {
                existing = onResult;
            }
            out.add(new CentralError(code, e.path("description").asText(""), existing));
        }
        if (out.isEmpty()) {
            throw malformed("result.errors");
        }
        return out;
    }

    CentralRegistration registration(JsonNode n) {
        if (!n.isObject()) {
            throw malformed("registration");
        }
        WorkerId worker;
        if (n.hasNonNull("inss")) {
            worker = WorkerId.of(parse(n, "inss", Inss::parse));
        } else {
            worker = WorkerId.of(parse(n, "limosaId", LimosaId::parse));
        }
        List<HistoryEntry> history = new ArrayList<>();
        if (n.has("history")) {
            for (JsonNode h : array(n, "history")) {
                history.add(new HistoryEntry(parse(h, "at", CentralJson::instant), status(h), strings(h, "remarks")));
            }
        }
        return new CentralRegistration(
                text(n, "presenceRegistrationId"),
                optionalText(n, "clientReference").map(r -> parse(n, "clientReference", ClientReference::new)),
                parse(n, "workplaceId", WorkplaceId::parse),
                parse(n, "registrationDate", CentralJson::date),
                worker,
                optionalText(n, "companyId").map(c -> parse(n, "companyId", EnterpriseNumber::parse)),
                optionalText(n, "direction").map(d -> parse(n, "direction", Direction::valueOf)),
                optionalText(n, "timestamp").map(t -> parse(n, "timestamp", CentralJson::instant)),
                parse(n, "creationDate", CentralJson::instant),
                text(n, "channel"),
                n.path("sender").asText(""),
                n.path("sector").asInt(0),
                status(n),
                n.has("remarks") ? strings(n, "remarks") : List.of(),
                history);
    }

    Initialisation initialisation(JsonNode n) {
        JsonNode c = n.path("contractor");
        JsonNode w = n.path("workplace");
        List<Company> companies = new ArrayList<>();
        for (JsonNode company : array(w, "companies")) {
            companies.add(company(company));
        }
        JsonNode sector = w.path("sector");
        if (!sector.canConvertToInt()) {
            throw malformed("workplace.sector");
        }
        Workplace workplace = new Workplace(parse(w, "id", WorkplaceId::parse), text(w, "address"),
                parse(w, "sector", s -> Sector.ofCode(Integer.parseInt(s))),
                parse(w, "mode", RegistrationMode::valueOf), companies);
        return new Initialisation(company(c), workplace);
    }

    Company company(JsonNode n) {
        return new Company(parse(n, "enterpriseNumber", EnterpriseNumber::parse), text(n, "name"));
    }

    List<JsonNode> array(JsonNode n, String field) {
        JsonNode a = n.path(field);
        if (!a.isArray()) {
            throw malformed(field);
        }
        List<JsonNode> out = new ArrayList<>();
        a.forEach(out::add);
        return out;
    }

    ArrayNode arrayNode() {
        return mapper.createArrayNode();
    }

    private RegistrationStatus status(JsonNode n) {
        return RegistrationStatus.fromWire(text(n, "status")).orElseThrow(() -> malformed("status"));
    }

    private List<String> strings(JsonNode n, String field) {
        List<String> out = new ArrayList<>();
        for (JsonNode s : array(n, field)) {
            if (!s.isTextual()) {
                throw malformed(field);
            }
            out.add(s.asText());
        }
        return out;
    }

    static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        if (!v.isValueNode() || v.isNull()) {
            throw malformed(field);
        }
        return v.asText();
    }

    static Optional<String> optionalText(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isValueNode() && !v.isNull() ? Optional.of(v.asText()) : Optional.empty();
    }

    /** Converts a field with {@code parser}; any refusal of the value means the answer is malformed. */
    static <T> T parse(JsonNode n, String field, Function<String, T> parser) {
        String text = text(n, field);
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw malformed(field);
        }
    }

    /**
     * Dates and instants of this century only. The parsers take years up to 999,999,999, which
     * the kiosk's own date arithmetic (Belgian day of an instant, SQLite text) cannot all hold; no
     * registration is from before 2000 or after 2099, so anything else breaks the contract.
     */
    private static final LocalDate FIRST_DAY = LocalDate.of(2000, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2099, 12, 31);

    private static Instant instant(String text) {
        OffsetDateTime at = OffsetDateTime.parse(text);
        date(at.toLocalDate().toString());
        return at.toInstant();
    }

    private static LocalDate date(String text) {
        LocalDate day = LocalDate.parse(text);
        if (day.isBefore(FIRST_DAY) || day.isAfter(LAST_DAY)) {
            throw new IllegalArgumentException("outside 2000-2099");
        }
        return day;
    }

    /**
     * Runs {@code read} over an answer and turns any unchecked exception it lets through (a value a
     * domain type refuses, an arithmetic overflow, a date out of range) into a {@code MALFORMED_ANSWER}:
     * the field checks above are meant to catch every break of the contract, and this is the net under
     * them, so that no caller ever meets anything but a {@link CentralException}.
     */
    static <T> T reading(String what, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (CentralException e) {
            throw e;
        } catch (RuntimeException e) {
            throw CentralUnavailableException.of(Reason.MALFORMED_ANSWER, "answer breaks the contract in " + what
                    + " (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    static CentralUnavailableException malformed(String field) {
        return CentralUnavailableException.of(Reason.MALFORMED_ANSWER, "answer breaks the contract at '" + field + "'",
                null);
    }
}
