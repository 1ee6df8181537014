package be.sitegate.simulator;

import be.sitegate.domain.WorkplaceId;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/v1/kiosk/initialisations}: the contractor (or site management) unlocks the
 * kiosk for one workplace with a user name and password. The password is never logged.
 */
final class InitialisationEndpoint {

    static final String PATH = "/api/v1/kiosk/initialisations";
    private static final Logger LOG = LoggerFactory.getLogger(InitialisationEndpoint.class);

    private final Seed seed;
    private final LoginThrottle throttle;

    InitialisationEndpoint(Seed seed, LoginThrottle throttle) {
        this.seed = seed;
        this.throttle = throttle;
    }

    ApiResponse handle(ApiRequest request) {
        JsonNode body = request.jsonBody();
        String username = Json.requiredText(body, "username");
        String password = Json.requiredText(body, "password");
        String workplaceId = Json.requiredText(body, "workplaceId");

        throttle.beforeAttempt(username);
        Optional<Seed.Account> account = seed.account(username);
        if (account.isEmpty() || !PasswordHasher.matches(password.toCharArray(), account.get().passwordHash())) {
            throttle.failed(username);
            LOG.info("kiosk initialisation refused: bad credentials for user name {}", username);
            throw new ApiException(401, "BAD_CREDENTIALS", "user name or password is wrong");
        }
        throttle.succeeded(username);

        Optional<Seed.Declaration> declaration = WorkplaceId.isValid(workplaceId)
                ? seed.declaration(WorkplaceId.parse(workplaceId).toString()) : Optional.empty();
        if (declaration.isEmpty()) {
            throw new ApiException(404, "UNKNOWN_WORKPLACE", "no declaration of works has this workplace id");
        }
        Seed.Declaration d = declaration.get();
        if (!account.get().workplaces().contains(d.workplaceId())) {
            throw new ApiException(403, "WORKPLACE_NOT_ALLOWED", "this account may not initialise this workplace");
        }
        if (!d.subjectToRegistration()) {
            throw new ApiException(409, "SITE_NOT_SUBJECT", "SITE IS NOT SUBJECT TO PRESENCE REGISTRATION");
        }
        LOG.info("kiosk initialised for workplace {} by user name {}", d.workplaceId(), username);
        return ApiResponse.json(200, answer(account.get(), d));
    }

    private ObjectNode answer(Seed.Account account, Seed.Declaration d) {
        ObjectNode out = Json.MAPPER.createObjectNode();
        ObjectNode contractor = out.putObject("contractor");
        contractor.put("enterpriseNumber", account.enterpriseNumber());
        contractor.put("name", seed.company(account.enterpriseNumber()).map(Seed.Company::name).orElse(""));
        ObjectNode workplace = out.putObject("workplace");
        workplace.put("id", d.workplaceId());
        workplace.put("address", d.address());
        workplace.put("sector", d.sector());
        workplace.put("mode", d.mode().name());
        ArrayNode companies = workplace.putArray("companies");
        addCompany(companies, d.builder(), "BUILDER");
        d.subcontractors().forEach(s -> addCompany(companies, s, "SUBCONTRACTOR"));
        return out;
    }

    private void addCompany(ArrayNode companies, String enterpriseNumber, String role) {
        ObjectNode c = companies.addObject();
        c.put("enterpriseNumber", enterpriseNumber);
        c.put("name", seed.company(enterpriseNumber).map(Seed.Company::name).orElse(""));
        c.put("role", role);
    }
}
