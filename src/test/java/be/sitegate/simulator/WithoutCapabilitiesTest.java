package be.sitegate.simulator;

import static be.sitegate.simulator.SimulatorTestSupport.BUILDER;
import static be.sitegate.simulator.SimulatorTestSupport.GENT;
import static be.sitegate.simulator.SimulatorTestSupport.NOW;
import static be.sitegate.simulator.SimulatorTestSupport.SPECIMEN;
import static be.sitegate.simulator.SimulatorTestSupport.TODAY;
import static be.sitegate.simulator.SimulatorTestSupport.ciawItem;
import static be.sitegate.simulator.SimulatorTestSupport.ciaowItem;
import static be.sitegate.simulator.SimulatorTestSupport.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulator as the real service's published interface: no employer look-up, search for the
 * inspection only, and no de-duplication on the client reference, so a resend after a lost answer
 * is registered again and flagged as the same declaration.
 */
class WithoutCapabilitiesTest {

    private static final String SAME = "SAME DECLARATION HAS ALREADY BEEN REGISTERED";

    @TempDir
    Path dataDir;
    private SimulatorServer sim;
    private SimulatorClient client;

    @BeforeEach
    void start() {
        sim = SimulatorTestSupport.start(dataDir, new TestClock(NOW), Capabilities.NONE);
        client = new SimulatorClient(sim);
        client.token(NOW);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void theEmployerLookUpDoesNotExist() {
        SimulatorClient.Answer answer = client.post("/api/v1/employer-lookups",
                Map.of("workplaceId", GENT, "inss", SPECIMEN, "date", TODAY.toString()));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asText()).isEqualTo("NOT_FOUND");
    }

    @Test
    void theSearchIsForTheInspectionOnlyButOneRegistrationCanStillBeRead() {
        SimulatorClient.Answer search = client.get("/api/v1/presences?workplaceId=" + GENT + "&from=" + TODAY
                + "&to=" + TODAY);
        assertThat(search.status()).isEqualTo(403);
        assertThat(search.json().get("code").asText()).isEqualTo("INSPECTION_ONLY");

        String receipt = register(ciawItem("R-1", SPECIMEN, BUILDER)).get("registration")
                .get("presenceRegistrationId").asText();
        SimulatorClient.Answer one = client.get("/api/v1/presences/" + receipt);
        assertThat(one.status()).as("getPresenceRegistration is part of the real interface").isEqualTo(200);
    }

    @Test
    void aResendAfterALostAnswerIsRegisteredAgainAndFlaggedAsTheSameDeclaration() {
        JsonNode first = register(ciawItem("R-1", SPECIMEN, BUILDER));
        JsonNode resent = register(ciawItem("R-1", SPECIMEN, BUILDER));

        assertThat(resent.get("created").asBoolean()).isTrue();
        JsonNode again = resent.get("registration");
        assertThat(again.get("presenceRegistrationId").asText())
                .isNotEqualTo(first.get("registration").get("presenceRegistrationId").asText());
        assertThat(again.get("status").asText()).isEqualTo("FAILED");
        assertThat(again.get("remarks").get(0).asText()).isEqualTo(SAME);
        assertThat(first.get("registration").get("remarks")).isEmpty();
    }

    @Test
    void aResentCheckInIsFlaggedButTheNextEventOfTheDayIsNot() {
        String in = NOW.toString();
        register(ciaowItem("E-1", "IN", in));
        JsonNode resent = register(ciaowItem("E-1", "IN", in)).get("registration");
        JsonNode out = register(ciaowItem("E-2", "OUT", NOW.plusSeconds(3600).toString())).get("registration");
        JsonNode backIn = register(ciaowItem("E-3", "IN", NOW.plusSeconds(7200).toString())).get("registration");

        assertThat(resent.get("remarks").get(0).asText()).isEqualTo(SAME);
        assertThat(out.get("remarks")).as("a check-out is a new event").isEmpty();
        assertThat(backIn.get("remarks")).as("back in after a break is a new event too").isEmpty();
    }

    @Test
    void theCapabilitiesAreNamedAsOnTheCommandLine() {
        assertThat(Capabilities.without("")).isEqualTo(Capabilities.ALL);
        assertThat(Capabilities.without("all")).isEqualTo(Capabilities.NONE);
        assertThat(Capabilities.without("search, reference-replay"))
                .isEqualTo(new Capabilities(true, false, false));
        assertThat(Capabilities.without("employer-lookup").toString()).isEqualTo("search,reference-replay");
        assertThatThrownBy(() -> Capabilities.without("lookup"))
                .hasMessage("unknown capability 'lookup'; known: employer-lookup, search, reference-replay");
    }

    private JsonNode register(Map<String, Object> item) {
        SimulatorClient.Answer answer = client.post("/api/v1/presences", items(item));
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("results").get(0);
    }
}
