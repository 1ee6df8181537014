package be.sitegate.simulator;

import static be.sitegate.simulator.SimulatorTestSupport.BUILDER;
import static be.sitegate.simulator.SimulatorTestSupport.NOW;
import static be.sitegate.simulator.SimulatorTestSupport.ciawItem;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full batches of 200 on one workplace and day, as a kiosk's backlog arrives: every item gets its
 * own receipt, a resend of the batch gets exactly the first answers (per sender and client
 * reference) and registers nothing more, the same people under new references are registered and
 * flagged as the same declaration (the person index the duplicate check reads), and the endpoint
 * counts its calls, items and time.
 */
class FullBatchTest {

    @TempDir
    Path dataDir;

    @Test
    void aResentBatchGetsTheFirstAnswersAndNewReferencesAreFlagged() {
        try (SimulatorServer sim = SimulatorTestSupport.start(dataDir, new TestClock(NOW))) {
            SimulatorClient client = new SimulatorClient(sim);
            client.token(NOW);
            List<Map<String, Object>> items = new ArrayList<>();
            List<Map<String, Object>> again = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String inss = Fixtures.worker(i).key().substring(2);
                items.add(ciawItem("FULL-" + i, inss, BUILDER));
                again.add(ciawItem("AGAIN-" + i, inss, BUILDER));
            }

            JsonNode first = client.post(PresenceEndpoint.PATH, Map.of("items", items)).json().get("results");
            JsonNode resent = client.post(PresenceEndpoint.PATH, Map.of("items", items)).json().get("results");
            JsonNode newReferences = client.post(PresenceEndpoint.PATH, Map.of("items", again)).json().get("results");

            assertThat(first).hasSize(200);
            assertThat(resent).as("the same results, receipts included").isEqualTo(first);
            for (int i = 0; i < 200; i++) {
                assertThat(first.get(i).get("created").asBoolean()).isTrue();
                assertThat(first.at("/" + i + "/registration/remarks").toString())
                        .doesNotContain(PresenceRules.ALREADY_REGISTERED);
                assertThat(sim.registrationCount(SimulatorClient.SENDER, "FULL-" + i)).isEqualTo(1);
                assertThat(newReferences.at("/" + i + "/registration/remarks/0").asText())
                        .isEqualTo(PresenceRules.ALREADY_REGISTERED);
            }
            assertThat(first.at("/0/registration/presenceRegistrationId").asText())
                    .isNotEqualTo(first.at("/199/registration/presenceRegistrationId").asText());

            CallStats stats = sim.registerCallStats();
            assertThat(stats.calls()).isEqualTo(3);
            assertThat(stats.items()).isEqualTo(600);
            assertThat(stats.busy()).isPositive();
        }
    }
}
