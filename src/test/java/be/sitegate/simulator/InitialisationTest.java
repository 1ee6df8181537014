package be.sitegate.simulator;

import be.sitegate.testkit.TestClock;
import static be.sitegate.simulator.SimulatorTestSupport.GENT;
import static be.sitegate.simulator.SimulatorTestSupport.NOT_SUBJECT;
import static be.sitegate.simulator.SimulatorTestSupport.NOW;
import static be.sitegate.simulator.SimulatorTestSupport.SCHAERBEEK;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitialisationTest {

    @TempDir
    static Path dataDir;
    static TestClock clock;
    static SimulatorServer sim;
    static SimulatorClient client;

    @BeforeAll
    static void startSimulator() {
        clock = new TestClock(NOW);
        sim = SimulatorTestSupport.start(dataDir, clock);
        client = new SimulatorClient(sim);
        client.token(NOW);
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void resetClock() {
        clock.set(NOW);
    }

    private static SimulatorClient.Answer initialise(String user, String password, String workplace) {
        return client.post("/api/v1/kiosk/initialisations",
                Map.of("username", user, "password", password, "workplaceId", workplace));
    }

    @Test
    void demoAccountInitialisesItsWorkplace() {
        SimulatorClient.Answer answer = initialise("demo", "demo-site-2026", GENT);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/contractor/enterpriseNumber").asText()).isEqualTo("0566988259");
        assertThat(answer.json().at("/workplace/id").asText()).isEqualTo(GENT);
        assertThat(answer.json().at("/workplace/mode").asText()).isEqualTo("CIAW");
        assertThat(answer.json().at("/workplace/sector").asInt()).isEqualTo(1);
        assertThat(answer.json().at("/workplace/companies/0/role").asText()).isEqualTo("BUILDER");
        assertThat(answer.json().at("/workplace/companies").size()).isEqualTo(4);
    }

    @Test
    void cleaningSiteIsCheckInAndOut() {
        SimulatorClient.Answer answer = initialise("demo", "demo-site-2026", SimulatorTestSupport.CLEANING);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/workplace/mode").asText()).isEqualTo("CIAOW");
    }

    @Test
    void wrongPasswordIsBadCredentials() {
        SimulatorClient.Answer answer = initialise("dubois", "guess", SCHAERBEEK);

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("code").asText()).isEqualTo("BAD_CREDENTIALS");
        assertThat(initialise("dubois", "dubois-site-2026", SCHAERBEEK).status()).isEqualTo(200);
    }

    @Test
    void aRefusalIsAnRfc9457ProblemAsEveryRszRestApiAnswersWithTheContractsCode() {
        SimulatorClient.Answer answer = initialise("dubois", "guess", SCHAERBEEK);

        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:problem-type:sitegate:badCredentials");
        assertThat(answer.json().get("status").asInt()).isEqualTo(401);
        assertThat(answer.json().get("title").asText()).isEqualTo("Unauthorized");
        assertThat(answer.json().get("detail").asText()).isNotBlank();
    }

    @Test
    void aMissingAccessTokenIsTheBelgifInvalidAccessTokenProblem() {
        SimulatorClient anonymous = new SimulatorClient(sim);
        SimulatorClient.Answer answer = anonymous.post("/api/v1/kiosk/initialisations",
                Map.of("username", "demo", "password", "demo-site-2026", "workplaceId", GENT));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("invalid_token");
        assertThat(answer.json().get("type").asText()).isEqualTo("urn:problem-type:belgif:invalidAccessToken");
        assertThat(answer.json().get("code").asText()).isEqualTo("INVALID_TOKEN");
    }

    @Test
    void unknownUserIsBadCredentialsToo() {
        assertThat(initialise("nobody", "x", GENT).json().get("code").asText()).isEqualTo("BAD_CREDENTIALS");
    }

    @Test
    void workplaceOfAnotherContractorIsNotAllowed() {
        SimulatorClient.Answer answer = initialise("demo", "demo-site-2026", SCHAERBEEK);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.json().get("code").asText()).isEqualTo("WORKPLACE_NOT_ALLOWED");
    }

    @Test
    void unknownWorkplace() {
        SimulatorClient.Answer answer = initialise("demo", "demo-site-2026", "1Y1UNKNOWN000");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.json().get("code").asText()).isEqualTo("UNKNOWN_WORKPLACE");
    }

    @Test
    void siteNotSubjectToRegistration() {
        SimulatorClient.Answer answer = initialise("demo", "demo-site-2026", NOT_SUBJECT);

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("code").asText()).isEqualTo("SITE_NOT_SUBJECT");
    }

    @Test
    void slowsDownAfterThreeFailuresAndBlocksAfterFive() {
        String user = "throttled";
        for (int i = 0; i < 3; i++) {
            assertThat(initialise(user, "wrong", GENT).status()).isEqualTo(401);
        }
        long start = System.nanoTime();
        assertThat(initialise(user, "wrong", GENT).status()).isEqualTo(401);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        assertThat(initialise(user, "wrong", GENT).status()).isEqualTo(401);

        SimulatorClient.Answer blocked = initialise(user, "wrong", GENT);
        assertThat(blocked.status()).isEqualTo(429);
        assertThat(blocked.json().get("code").asText()).isEqualTo("TOO_MANY_ATTEMPTS");
        assertThat(blocked.json().get("retryAfterSeconds").asLong()).isBetween(1L, 300L);

        clock.advance(Duration.ofSeconds(301));
        assertThat(initialise(user, "wrong", GENT).status()).isEqualTo(401);
    }

    @Test
    void blockedUserIsRefusedEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            initialise("dubois", "wrong-" + i, SCHAERBEEK);
        }
        assertThat(initialise("dubois", "dubois-site-2026", SCHAERBEEK).status()).isEqualTo(429);

        clock.advance(Duration.ofMinutes(6));
        assertThat(initialise("dubois", "dubois-site-2026", SCHAERBEEK).status()).isEqualTo(200);
    }

    @Test
    void employerLookupFindsTheEmployerOnTheDeclaration() {
        SimulatorClient.Answer answer = client.post("/api/v1/employer-lookups",
                Map.of("workplaceId", GENT, "inss", "01050399963", "date", "2026-03-10"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().at("/employers/0/enterpriseNumber").asText()).isEqualTo("0403123486");
        assertThat(answer.json().at("/employers/0/name").asText()).isEqualTo("Elektro Peeters BV");
        assertThat(answer.json().get("employers").size()).isEqualTo(1);
    }

    @Test
    void employerLookupDefaultsToTodayAndIgnoresCompaniesOffTheDeclaration() {
        SimulatorClient.Answer answer = client.post("/api/v1/employer-lookups",
                Map.of("workplaceId", GENT, "inss", "88010115125"));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("employers").size()).isZero();
    }

    @Test
    void employerLookupRefusesBadInputs() {
        assertThat(client.post("/api/v1/employer-lookups", Map.of("workplaceId", GENT, "inss", "12345678901"))
                .json().get("code").asText()).isEqualTo("INVALID_INSS");
        assertThat(client.post("/api/v1/employer-lookups", Map.of("workplaceId", "1Y1UNKNOWN000", "inss",
                "71715100070")).status()).isEqualTo(404);
    }
}
