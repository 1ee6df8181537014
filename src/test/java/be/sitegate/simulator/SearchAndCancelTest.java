package be.sitegate.simulator;

import be.sitegate.testkit.TestClock;
import static be.sitegate.simulator.SimulatorTestSupport.BUILDER;
import static be.sitegate.simulator.SimulatorTestSupport.NOW;
import static be.sitegate.simulator.SimulatorTestSupport.ciawItem;
import static be.sitegate.simulator.SimulatorTestSupport.items;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SearchAndCancelTest {

    @TempDir
    Path dataDir;
    TestClock clock;
    SimulatorServer sim;
    SimulatorClient client;

    @BeforeEach
    void startSimulator() {
        clock = new TestClock(NOW);
        sim = SimulatorTestSupport.start(dataDir, clock);
        client = new SimulatorClient(sim);
        client.token(NOW);
    }

    @AfterEach
    void stopSimulator() {
        sim.close();
    }

    private String register(String reference, String inss) {
        JsonNode result = client.post("/api/v1/presences", items(ciawItem(reference, inss, BUILDER)))
                .json().at("/results/0");
        assertThat(result.get("created").asBoolean()).as(result.toString()).isTrue();
        return result.at("/registration/presenceRegistrationId").asText();
    }

    /** {@code count} Check In and Out events on the cleaning site, in batches of 200. */
    private void registerEvents(int count) {
        List<Object> batch = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            batch.add(SimulatorTestSupport.ciaowItem("EV-" + i, i % 2 == 0 ? "IN" : "OUT", "2026-03-10T09:00:00+01:00"));
            if (batch.size() == 200 || i == count - 1) {
                assertThat(client.post("/api/v1/presences", Map.of("items", batch)).status()).isEqualTo(200);
                batch = new ArrayList<>();
            }
        }
    }

    private SimulatorClient.Answer search(String workplace, String from, String to, String paging) {
        return client.get("/api/v1/presences?workplaceId=" + workplace + "&from=" + from + "&to=" + to + paging);
    }

    @Test
    void searchPagesThroughAWorkplacesRegistrations() {
        registerEvents(120);
        Set<String> seen = new HashSet<>();
        for (int page = 1; page <= 3; page++) {
            JsonNode answer = search(SimulatorTestSupport.CLEANING, "2026-03-01", "2026-03-31", "&page=" + page)
                    .json();
            assertThat(answer.get("total").asInt()).isEqualTo(120);
            assertThat(answer.get("pageSize").asInt()).isEqualTo(50);
            assertThat(answer.get("page").asInt()).isEqualTo(page);
            assertThat(answer.get("items").size()).isEqualTo(page < 3 ? 50 : 20);
            answer.get("items").forEach(r -> seen.add(r.get("presenceRegistrationId").asText()));
        }
        assertThat(seen).hasSize(120);
        JsonNode beyond = search(SimulatorTestSupport.CLEANING, "2026-03-01", "2026-03-31", "&page=9&pageSize=20")
                .json();
        assertThat(beyond.get("items").size()).isZero();
        assertThat(search(SimulatorTestSupport.GENT, "2026-03-01", "2026-03-31", "").json().get("total").asInt())
                .isZero();
    }

    @Test
    void periodIsMandatoryAndAtMost31Days() {
        assertThat(search(SimulatorTestSupport.GENT, "2026-03-01", "2026-03-31", "").status()).isEqualTo(200);

        SimulatorClient.Answer tooLong = search(SimulatorTestSupport.GENT, "2026-03-01", "2026-04-01", "");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("code").asText()).isEqualTo("MALFORMED");
        assertThat(client.get("/api/v1/presences?workplaceId=" + SimulatorTestSupport.GENT + "&from=2026-03-01")
                .status()).isEqualTo(400);
        assertThat(search(SimulatorTestSupport.GENT, "2026-03-01", "2026-03-02", "&pageSize=501").status())
                .isEqualTo(400);
    }

    @Test
    void moreThan500ResultsMustBeNarrowed() {
        registerEvents(500);
        assertThat(search(SimulatorTestSupport.CLEANING, "2026-03-10", "2026-03-10", "&pageSize=500").json()
                .get("items").size()).isEqualTo(500);

        registerEvents(501);  // the first 500 references are resends, one more is new
        SimulatorClient.Answer answer = search(SimulatorTestSupport.CLEANING, "2026-03-10", "2026-03-10", "");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asText()).isEqualTo("TOO_MANY_RESULTS");
    }

    @Test
    void getOneShowsTheHistory() {
        String id = register("H-1", "90021214541");
        clock.advance(Duration.ofMinutes(5));
        client.post("/api/v1/presences/cancellations",
                Map.of("items", List.of(Map.of("presenceRegistrationId", id, "reason", "PLANNING"))));

        JsonNode r = client.get("/api/v1/presences/" + id).json();

        assertThat(r.get("presenceRegistrationId").asText()).isEqualTo(id);
        assertThat(r.get("status").asText()).isEqualTo("SUCCESSFULLY CANCELLED");
        assertThat(r.get("history").size()).isEqualTo(2);
        assertThat(r.at("/history/0/status").asText()).isEqualTo("SUCCESSFULLY REGISTERED");
        assertThat(r.at("/history/0/at").asText()).isEqualTo(NOW.toString());
        assertThat(r.at("/history/1/status").asText()).isEqualTo("SUCCESSFULLY CANCELLED");
        assertThat(r.at("/history/1/at").asText()).isEqualTo(NOW.plus(Duration.ofMinutes(5)).toString());
    }

    @Test
    void getUnknownIs404() {
        SimulatorClient.Answer answer = client.get("/api/v1/presences/999999999999");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asText()).isEqualTo("UNKNOWN_REGISTRATION");
    }

    @ParameterizedTest
    @ValueSource(strings = {"HOLIDAY", "DISEASE", "PLANNING", "C32A"})
    void everyReasonCancels(String reason) {
        String id = register("C-" + reason, "92092306477");

        JsonNode result = client.post("/api/v1/presences/cancellations",
                Map.of("items", List.of(Map.of("presenceRegistrationId", id, "reason", reason)))).json()
                .at("/results/0");

        assertThat(result.get("cancelled").asBoolean()).isTrue();
        assertThat(result.at("/registration/status").asText()).isEqualTo("SUCCESSFULLY CANCELLED");
    }

    @Test
    void cancellationErrors() {
        String id = register("C-ERR", "92092306477");
        JsonNode results = client.post("/api/v1/presences/cancellations", Map.of("items", List.of(
                Map.of("presenceRegistrationId", "123", "reason", "HOLIDAY"),
                Map.of("presenceRegistrationId", id, "reason", "BORED"),
                Map.of("presenceRegistrationId", id, "reason", "HOLIDAY"),
                Map.of("presenceRegistrationId", id, "reason", "HOLIDAY")))).json().get("results");

        assertThat(results.at("/0/errors/0/code").asText()).isEqualTo("UNKNOWN_REGISTRATION");
        assertThat(results.at("/1/errors/0/code").asText()).isEqualTo("INVALID_REASON");
        assertThat(results.at("/2/cancelled").asBoolean()).isTrue();
        assertThat(results.at("/3/cancelled").asBoolean()).isFalse();
        assertThat(results.at("/3/errors/0/code").asText()).isEqualTo("ALREADY_CANCELLED");
    }

    @Test
    void afterCancellationThePersonCanBeRegisteredAgainWithANewReceipt() {
        String first = register("A-1", "71715100070");
        client.post("/api/v1/presences/cancellations",
                Map.of("items", List.of(Map.of("presenceRegistrationId", first, "reason", "PLANNING"))));

        String second = register("A-2", "71715100070");

        assertThat(Long.parseLong(second)).isGreaterThan(Long.parseLong(first));
    }
}
