package be.sitegate.simulator;

import static be.sitegate.simulator.SimulatorTestSupport.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.pki.Certificates;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TokenEndpointTest extends SimulatorOnTestClock {

    @Test
    void goodAssertionGetsABearerTokenThatOpensTheApi() {
        SimulatorClient.Answer answer = client.requestToken(client.goodAssertion(NOW));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(answer.json().get("expires_in").asInt()).isEqualTo(600);
        client.token(NOW);
        assertThat(client.get("/api/v1/presences/100000000001").status()).isEqualTo(404);
    }

    @Test
    void onlyRs256IsTakenAsTheRealServiceDoes() {
        KeyPair ec = Certificates.ecP384();
        SimulatorClient ecClient = new SimulatorClient(sim, ec, sim.issueClientCertificate(ec.getPublic(),
                SimulatorClient.CLIENT_ID));

        assertRefused(ecClient.requestToken(ecClient.goodAssertion(NOW)), "unsupported algorithm ES384");
    }

    @Test
    void theAudienceMustBeTheConfiguredTokenUrlNotANameTheRequestChose() {
        // The server also answers to "localhost", and a client could send any Host header: neither counts.
        String viaLocalhost = sim.tokenUrl().replace("127.0.0.1", "localhost");
        String assertion = client.sign(client.claims(NOW, Duration.ofMinutes(2)).audience(viaLocalhost).build(),
                client.keyPair.getPrivate(), client.certificate);

        assertRefused(client.requestToken(assertion), "aud must be");
    }

    @Test
    void expiredAssertionIsRefused() {
        String assertion = client.sign(client.claims(NOW.minus(Duration.ofMinutes(10)), Duration.ofMinutes(5)).build(),
                client.keyPair.getPrivate(), client.certificate);

        assertRefused(client.requestToken(assertion), "expired");
    }

    @Test
    void assertionLivingLongerThanFiveMinutesIsRefused() {
        String assertion = client.sign(client.claims(NOW, Duration.ofMinutes(6)).build(),
                client.keyPair.getPrivate(), client.certificate);

        assertRefused(client.requestToken(assertion), "5 minutes");
    }

    @Test
    void forgedSignatureIsRefused() {
        KeyPair other = Certificates.rsa(2048);
        String assertion = client.sign(client.claims(NOW, Duration.ofMinutes(2)).build(), other.getPrivate(),
                client.certificate);

        assertRefused(client.requestToken(assertion), "signature does not match");
    }

    @Test
    void certificateFromAnotherCaIsRefused() {
        KeyPair own = Certificates.rsa(2048);
        X509Certificate selfMade = Certificates.selfSigned(Certificates.Profile.signer("CN=" + SimulatorClient.CLIENT_ID,
                own.getPublic(), NOW.minusSeconds(3600), Instant.now().plus(Duration.ofDays(30))), own.getPrivate());
        String assertion = client.sign(client.claims(NOW, Duration.ofMinutes(2)).build(), own.getPrivate(), selfMade);

        assertRefused(client.requestToken(assertion), "CA");
    }

    @Test
    void expiredClientCertificateIsRefused() {
        Instant later = Instant.now().plus(Duration.ofDays(3 * 365));
        clock.set(later);

        assertRefused(client.requestToken(client.goodAssertion(later)), "not valid now");
    }

    @Test
    void replayedJtiIsRefused() {
        String assertion = client.goodAssertion(NOW);

        assertThat(client.requestToken(assertion).status()).isEqualTo(200);
        assertRefused(client.requestToken(assertion), "jti");
    }

    @Test
    void wrongAudienceIsRefused() {
        String assertion = client.sign(client.claims(NOW, Duration.ofMinutes(2)).audience("https://example.org/token")
                .build(), client.keyPair.getPrivate(), client.certificate);

        assertRefused(client.requestToken(assertion), "aud");
    }

    @Test
    void issuerMustBeTheCertificateCommonName() {
        String assertion = client.sign(client.claims(NOW, Duration.ofMinutes(2)).issuer("someone-else").build(),
                client.keyPair.getPrivate(), client.certificate);

        assertRefused(client.requestToken(assertion), "iss");
    }

    @Test
    void missingTokenGets401WithBearerChallenge() {
        SimulatorClient.Answer answer = client.post("/api/v1/presences", SimulatorTestSupport.items(
                SimulatorTestSupport.ciawItem("T-NO-TOKEN", SimulatorTestSupport.SPECIMEN, SimulatorTestSupport.BUILDER)));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    @Test
    void forgedAccessTokenGets401() {
        SimulatorClient.Answer answer = client.send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create(sim.baseUrl() + "/api/v1/presences/1")).header("Authorization", "Bearer made-up"));

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).contains("invalid_token");
    }

    @Test
    void accessTokenExpiresAfterItsLifetime() {
        client.token(NOW);
        assertThat(client.get("/api/v1/presences/1").status()).isEqualTo(404);

        clock.advance(Duration.ofMinutes(10));

        SimulatorClient.Answer answer = client.get("/api/v1/presences/1");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("WWW-Authenticate")).isEqualTo("Bearer error=\"invalid_token\"");
    }

    private static void assertRefused(SimulatorClient.Answer answer, String why) {
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.json().get("error").asText()).isEqualTo("invalid_client");
        assertThat(answer.json().get("error_description").asText()).contains(why);
    }
}
