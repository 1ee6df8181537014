package be.sitegate.simulator;

import be.sitegate.testkit.TestClock;
import static be.sitegate.simulator.SimulatorTestSupport.BUILDER;
import static be.sitegate.simulator.SimulatorTestSupport.NOW;
import static be.sitegate.simulator.SimulatorTestSupport.ciawItem;
import static be.sitegate.simulator.SimulatorTestSupport.items;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.pki.CertificateRequests;
import be.sitegate.pki.Certificates;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FaultInjectionTest {

    @TempDir
    static Path dataDir;
    static SimulatorServer sim;
    static SimulatorClient client;

    @BeforeAll
    static void startSimulator() {
        sim = SimulatorTestSupport.start(dataDir, new TestClock(NOW));
        client = new SimulatorClient(sim);
    }

    @AfterAll
    static void stopSimulator() {
        sim.close();
    }

    @BeforeEach
    void noFaults() {
        sim.faults().clear();
        client.forgetToken();
        client.token(NOW);
    }

    private SimulatorClient.Answer admin(String method, String path, String body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(sim.baseUrl() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("X-Admin-Token", token);
        }
        return client.send(b);
    }

    @Test
    void latencyDelaysEveryCall() {
        sim.faults().latency(Duration.ofMillis(300));
        long start = System.nanoTime();

        assertThat(client.get("/api/v1/presences/1").status()).isEqualTo(404);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void serverErrorsAreAnsweredBeforeAnythingHappens() {
        sim.faults().serverErrors(1.0);

        SimulatorClient.Answer answer = client.post("/api/v1/presences", items(ciawItem("F-500", "90021214541",
                BUILDER)));

        assertThat(answer.status()).isEqualTo(500);
        assertThat(sim.registrationCount(SimulatorClient.SENDER, "F-500")).isZero();
    }

    @Test
    void shareOfServerErrorsIsReproducible() {
        sim.faults().serverErrors(0.5);
        int errors = 0;
        for (int i = 0; i < 20; i++) {
            if (client.get("/api/v1/presences/1").status() == 500) {
                errors++;
            }
        }
        assertThat(errors).isBetween(3, 17);
    }

    @Test
    void droppedConnectionAfterCommitThenResendGivesTheSameReceipt() throws Exception {
        sim.faults().dropAfterCommit(1.0);

        assertThatThrownBy(() -> client.postRaw("/api/v1/presences", items(ciawItem("F-DROP", "92092306477",
                BUILDER)))).isInstanceOf(IOException.class);
        assertThat(sim.registrationCount(SimulatorClient.SENDER, "F-DROP")).isEqualTo(1);

        sim.faults().clear();
        JsonNode resend = client.post("/api/v1/presences", items(ciawItem("F-DROP", "92092306477", BUILDER)))
                .json().at("/results/0");
        assertThat(resend.get("created").asBoolean()).isTrue();
        assertThat(sim.registrationCount(SimulatorClient.SENDER, "F-DROP")).isEqualTo(1);
    }

    @Test
    void aHeldReplyComesAfterTheWorkIsCommittedAndAClientThatGivesUpMeanwhileFindsItByResending() throws Exception {
        // Long enough that the client below gives up well before the answer would come.
        sim.faults().replyDelay(Duration.ofSeconds(30));

        assertThatThrownBy(() -> client.postRaw("/api/v1/presences", items(ciawItem("F-HELD", "93051822361",
                BUILDER)), Duration.ofSeconds(1))).isInstanceOf(java.net.http.HttpTimeoutException.class);
        be.sitegate.testkit.Await.until("the held call is committed", Duration.ofSeconds(10),
                () -> sim.registrationCount(SimulatorClient.SENDER, "F-HELD") == 1);

        sim.faults().clear();
        JsonNode resend = client.post("/api/v1/presences", items(ciawItem("F-HELD", "93051822361", BUILDER)))
                .json().at("/results/0");
        assertThat(resend.get("created").asBoolean()).isTrue();
        assertThat(sim.registrationCount(SimulatorClient.SENDER, "F-HELD")).isEqualTo(1);
    }

    @Test
    void adminEndpointSetsTheHeldReply() {
        SimulatorClient.Answer set = admin("PUT", "/admin/faults", "{\"replyDelayMs\": 250}", sim.adminToken());

        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("replyDelayMs").asLong()).isEqualTo(250);
        assertThat(sim.faults().current()).isEqualTo(new FaultSettings(0, 0, 0, 0, 0, 0, 250));
        assertThat(admin("PUT", "/admin/faults", "{\"replyDelayMs\": -1}", sim.adminToken()).status())
                .isEqualTo(400);
    }

    @Test
    void okHttpClientSeesTheDroppedConnectionAsAnIoExceptionToo() throws Exception {
        javax.net.ssl.TrustManagerFactory tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        java.security.KeyStore trust = java.security.KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", sim.caCertificate());
        tmf.init(trust);
        javax.net.ssl.X509TrustManager trustManager = (javax.net.ssl.X509TrustManager) tmf.getTrustManagers()[0];
        okhttp3.OkHttpClient ok = new okhttp3.OkHttpClient.Builder()
                .sslSocketFactory(SimulatorClient.trustingOnly(sim.caCertificate()).getSocketFactory(), trustManager)
                .retryOnConnectionFailure(false).build();
        String body = SimulatorClient.toJson(items(ciawItem("F-DROP-OK", "01050722934", "0403123486")));
        okhttp3.Request request = new okhttp3.Request.Builder().url(sim.baseUrl() + "/api/v1/presences")
                .header("Authorization", "Bearer " + client.token(NOW))
                .post(okhttp3.RequestBody.create(body, okhttp3.MediaType.get("application/json"))).build();
        sim.faults().dropAfterCommit(1.0);

        assertThatThrownBy(() -> ok.newCall(request).execute().close()).isInstanceOf(IOException.class);
        assertThat(sim.registrationCount(SimulatorClient.SENDER, "F-DROP-OK")).isEqualTo(1);
        ok.dispatcher().executorService().shutdown();
        ok.connectionPool().evictAll();
    }

    @Test
    void aHeldReplyDoesNotHoldBackTheTokenEndpoint() {
        sim.faults().replyDelay(Duration.ofSeconds(30));
        client.forgetToken();

        // The simulator client waits 10 s at most: a held-back token answer would fail this call.
        assertThat(client.requestToken(client.goodAssertion(NOW)).status()).isEqualTo(200);
    }

    @Test
    void everyCallIsSeenEvenWhenAFaultAnswersIt() {
        SeenCalls before = sim.seenCalls();
        sim.faults().outage(Duration.ofSeconds(30));

        assertThat(client.post("/api/v1/presences", items(ciawItem("F-SEEN", "90021214541", BUILDER))).status())
                .isEqualTo(503);
        assertThat(client.requestToken(client.goodAssertion(NOW)).status()).isEqualTo(503);
        assertThat(client.get("/api/v1/presences/1").status()).isEqualTo(503);
        admin("GET", "/admin/faults", null, sim.adminToken());

        assertThat(sim.seenCalls().since(before)).isEqualTo(new SeenCalls(1, 1, 1));
    }

    @Test
    void malformedBodyComesWithStatus200() throws Exception {
        sim.faults().malformed(1.0);

        HttpResponse<String> r = client.postRaw("/api/v1/presences", items(ciawItem("F-BAD", "03040512242", BUILDER)));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThatThrownBy(() -> SimulatorClient.JSON.readTree(r.body())).isInstanceOf(JsonProcessingException.class);
        assertThat(sim.registrationCount(SimulatorClient.SENDER, "F-BAD")).isEqualTo(1);
    }

    @Test
    void expiredTokensFault() {
        sim.expireAllTokens();

        SimulatorClient.Answer answer = client.get("/api/v1/presences/1");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");

        client.forgetToken();
        client.token(NOW);
        assertThat(client.get("/api/v1/presences/1").status()).isEqualTo(404);
    }

    @Test
    void outageAnswers503UntilItEnds() throws Exception {
        sim.faults().outage(Duration.ofSeconds(1));

        SimulatorClient.Answer down = client.get("/api/v1/presences/1");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Retry-After")).isEqualTo("1");
        assertThat(client.requestToken(client.goodAssertion(NOW)).status()).isEqualTo(503);

        // The outage runs on real time: wait for it to end, not for a guessed while.
        be.sitegate.testkit.Await.until("the outage ended", Duration.ofSeconds(10),
                () -> sim.faults().current().outageSeconds() == 0);
        assertThat(client.get("/api/v1/presences/1").status()).isEqualTo(404);
    }

    @Test
    void adminEndpointSetsReadsAndClearsFaults() {
        String token = sim.adminToken();
        SimulatorClient.Answer set = admin("PUT", "/admin/faults", "{\"latencyMs\": 5, \"serverErrorRate\": 0.25, "
                + "\"dropAfterCommitRate\": 0.0, \"malformedRate\": 0.1, \"outageSeconds\": 0}", token);

        assertThat(set.status()).isEqualTo(200);
        assertThat(sim.faults().current()).isEqualTo(new FaultSettings(5, 0.25, 0, 0.1, 0));
        assertThat(admin("GET", "/admin/faults", null, token).json().get("serverErrorRate").asDouble())
                .isEqualTo(0.25);

        assertThat(admin("DELETE", "/admin/faults", null, token).status()).isEqualTo(200);
        assertThat(sim.faults().current()).isEqualTo(FaultSettings.NONE);
        assertThat(admin("PUT", "/admin/faults", "{\"serverErrorRate\": 2}", token).status()).isEqualTo(400);
    }

    @Test
    void adminEndpointNeedsTheToken() {
        assertThat(admin("GET", "/admin/faults", null, null).status()).isEqualTo(401);
        assertThat(admin("GET", "/admin/faults", null, "wrong").status()).isEqualTo(401);
    }

    @Test
    void adminEndpointExpiresTokens() {
        assertThat(admin("POST", "/admin/tokens/expire", null, sim.adminToken()).status()).isEqualTo(204);

        assertThat(client.get("/api/v1/presences/1").status()).isEqualTo(401);
    }

    @Test
    void adminEndpointIssuesACertificateFromACsrThatOpensTheTokenEndpoint() {
        KeyPair pair = Certificates.rsa(2048);
        String csr = Certificates.toPem(CertificateRequests.create(pair, SimulatorClient.CLIENT_ID));

        SimulatorClient.Answer answer = admin("POST", "/admin/certificates", csr, sim.adminToken());

        assertThat(answer.status()).isEqualTo(200);
        List<X509Certificate> chain = parseChain(answer.body());
        assertThat(chain).hasSize(2);
        assertThat(chain.get(1)).isEqualTo(sim.caCertificate());
        assertThat(chain.get(0).getPublicKey()).isEqualTo(pair.getPublic());
        SimulatorClient fromCsr = new SimulatorClient(sim, pair, chain.get(0));
        assertThat(fromCsr.requestToken(fromCsr.goodAssertion(NOW)).status()).isEqualTo(200);
        assertThat(admin("POST", "/admin/certificates", "not a csr", sim.adminToken()).status()).isEqualTo(400);
        X509Certificate embedded = sim.issueClientCertificate(CertificateRequests.create(pair, "kiosk-0403123486"));
        assertThat(embedded.getPublicKey()).isEqualTo(pair.getPublic());
    }

    @Test
    void openApiDocumentIsServed() {
        SimulatorClient.Answer answer = client.send(HttpRequest.newBuilder(URI.create(sim.baseUrl() + "/openapi.yaml")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("Content-Type")).startsWith("application/yaml");
        assertThat(answer.body()).startsWith("openapi: 3.").contains("/api/v1/presences/cancellations:",
                "/oauth2/token:", "/api/v1/kiosk/initialisations:", "/api/v1/employer-lookups:",
                "/api/v1/presences/{id}:");
    }

    @Test
    void unknownPathsAre404() {
        assertThat(client.get("/api/v1/nothing").status()).isEqualTo(404);
        assertThat(client.get("/").status()).isEqualTo(404);
    }

    private static List<X509Certificate> parseChain(String pem) {
        try {
            Path file = dataDir.resolve("chain-" + System.nanoTime() + ".pem");
            java.nio.file.Files.writeString(file, pem);
            return Certificates.readAll(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

}
