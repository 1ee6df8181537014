package be.sitegate.simulator;

import be.sitegate.testkit.TestClock;
import static be.sitegate.simulator.SimulatorTestSupport.BUILDER;
import static be.sitegate.simulator.SimulatorTestSupport.NOW;
import static be.sitegate.simulator.SimulatorTestSupport.ciawItem;
import static be.sitegate.simulator.SimulatorTestSupport.items;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestartTest {

    @TempDir
    Path dataDir;

    @Test
    void stateCaAndAdminTokenSurviveARestart() throws Exception {
        TestClock clock = new TestClock(NOW);
        JsonNode first;
        X509Certificate ca;
        String adminToken;
        try (SimulatorServer sim = SimulatorTestSupport.start(dataDir, clock)) {
            SimulatorClient client = new SimulatorClient(sim);
            client.token(NOW);
            first = client.post("/api/v1/presences", items(ciawItem("RESTART-1", "90021214541", BUILDER))).json()
                    .at("/results/0");
            ca = sim.caCertificate();
            adminToken = sim.adminToken();
        }

        try (SimulatorServer sim = SimulatorTestSupport.start(dataDir, clock)) {
            assertThat(sim.caCertificate()).isEqualTo(ca);
            assertThat(sim.adminToken()).isEqualTo(adminToken);
            SimulatorClient client = new SimulatorClient(sim);
            client.token(NOW);

            JsonNode resend = client.post("/api/v1/presences", items(ciawItem("RESTART-1", "90021214541", BUILDER)))
                    .json().at("/results/0");
            JsonNode next = client.post("/api/v1/presences", items(ciawItem("RESTART-2", "92092306477", BUILDER)))
                    .json().at("/results/0");

            assertThat(resend).isEqualTo(first);
            assertThat(sim.registrationCount(SimulatorClient.SENDER, "RESTART-1")).isEqualTo(1);
            assertThat(Long.parseLong(next.at("/registration/presenceRegistrationId").asText()))
                    .isGreaterThan(Long.parseLong(first.at("/registration/presenceRegistrationId").asText()));
        }
    }

    @Test
    void secretsAreReadableByTheOwnerOnly() throws Exception {
        try (SimulatorServer sim = SimulatorTestSupport.start(dataDir, new TestClock(NOW))) {
            for (String file : new String[] {"keystore-password", "admin-token", "ca.p12", "tls.p12"}) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve(file))))
                        .as(file).isEqualTo("rw-------");
            }
            assertThat(sim.caCertificatePath()).exists();
            assertThat(dataDir.resolve("simulator.db")).exists();
        }
    }
}
