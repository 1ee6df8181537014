package be.sitegate.simulator;

import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkplaceId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /api/v1/employer-lookups}: which companies on this workplace's declaration employ
 * this person on that date (Dimona), so the worker need not know their employer's number.
 */
final class EmployerLookupEndpoint {

    static final String PATH = "/api/v1/employer-lookups";

    private final Seed seed;
    private final Clock clock;

    EmployerLookupEndpoint(Seed seed, Clock clock) {
        this.seed = seed;
        this.clock = clock;
    }

    ApiResponse handle(ApiRequest request) {
        JsonNode body = request.jsonBody();
        String workplaceId = Json.requiredText(body, "workplaceId");
        String inss = Json.requiredText(body, "inss");
        String dateText = Json.text(body, "date");
        LocalDate date;
        try {
            date = dateText == null ? Today.in(clock) : LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw ApiException.malformed("'date' must be YYYY-MM-DD");
        }
        if (!Inss.isValid(inss)) {
            throw new ApiException(400, "INVALID_INSS", "INSS IS NOT VALID");
        }
        String person = Inss.parse(inss).toString();
        Seed.Declaration d = (WorkplaceId.isValid(workplaceId)
                ? seed.declaration(WorkplaceId.parse(workplaceId).toString())
                : java.util.Optional.<Seed.Declaration>empty())
                .orElseThrow(() -> new ApiException(404, "UNKNOWN_WORKPLACE",
                        "no declaration of works has this workplace id"));
        List<String> candidates = new ArrayList<>();
        candidates.add(d.builder());
        candidates.addAll(d.subcontractors());
        ObjectNode out = Json.MAPPER.createObjectNode();
        ArrayNode employers = out.putArray("employers");
        for (String company : candidates) {
            if (seed.employs(company, person, date)) {
                ObjectNode e = employers.addObject();
                e.put("enterpriseNumber", company);
                e.put("name", seed.company(company).map(Seed.Company::name).orElse(""));
            }
        }
        return ApiResponse.json(200, out);
    }
}
