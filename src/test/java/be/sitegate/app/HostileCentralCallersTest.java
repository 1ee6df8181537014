package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.StubCentral;
import be.sitegate.central.StubCentral.Reply;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CentralUnavailableException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The kiosk's side of a hostile answer: the composition root's adapter turns every client failure,
 * the initialisation's included, into the kiosk's own "service unavailable", never a raw exception
 * on the morning screen. (Before, an answer the domain types refused escaped as IllegalArgumentException.)
 */
class HostileCentralCallersTest {

    private static final WorkplaceId SITE = WorkplaceId.parse("1Y101DRUNWB5Z");

    private StubCentral stub;
    private CentralGatewayAdapter adapter;

    @BeforeEach
    void setUp() throws Exception {
        stub = new StubCentral();
        CentralConfig config = CentralConfig.of(stub.baseUrl(), List.of(stub.ca),
                stub.technicalUser("sitegate-test", StubCentral.CLIENT_KEYS));
        adapter = new CentralGatewayAdapter(new CentralClient(config, Clock.systemUTC()), true, Duration.ofSeconds(5),
                () -> false);
    }

    @AfterEach
    void tearDown() {
        adapter.close();
        stub.close();
    }

    @Test
    void aForgedInitialisationAnswerIsTheServiceBeingUnavailableNamedMalformed() {
        stub.on("POST", "/api/v1/kiosk/initialisations", s -> Reply.json(
                "{\"contractor\":{\"enterpriseNumber\":\"\",\"name\":\"\"},\"workplace\":{\"id\":\"1Y101DRUNWB5Z\","
                        + "\"address\":\"a\",\"sector\":1,\"mode\":\"CIAW\",\"companies\":[]}}"));
        assertThatThrownBy(() -> adapter.initialise("jan", "secret".toCharArray(), SITE))
                .isInstanceOf(CentralUnavailableException.class).hasMessageContaining("MALFORMED_ANSWER");
    }

    @Test
    void anOversizedEmployerLookUpIsTheServiceBeingUnavailable() {
        stub.on("POST", "/api/v1/employer-lookups", s -> Reply.json(
                "{\"employers\":[],\"x\":\"" + "x".repeat(9 << 20) + "\"}"));
        assertThatThrownBy(() -> adapter.employersOf(SITE, be.sitegate.domain.Inss.parse("85073003328"),
                java.time.LocalDate.now())).isInstanceOf(CentralUnavailableException.class)
                .hasMessageContaining("MALFORMED_ANSWER");
    }

    @Test
    void aForgedReceiptAnswerIsTheServiceBeingUnavailable() {
        stub.on("GET", "/api/v1/presences/123", s -> Reply.json("{\"presenceRegistrationId\":\"123\","
                + "\"clientReference\":\"\"}"));
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> adapter.registration("123")))
                .isInstanceOf(CentralUnavailableException.class).hasMessageContaining("MALFORMED_ANSWER");
    }
}
