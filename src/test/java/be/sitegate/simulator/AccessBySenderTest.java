package be.sitegate.simulator;

import be.sitegate.central.CancelResult;
import be.sitegate.central.Cancellation;
import be.sitegate.central.CancellationReason;
import be.sitegate.central.CentralClient;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.CentralError;
import be.sitegate.central.CentralRegistration;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.central.RegistrationStatus;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.central.TechnicalUser;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.pki.Certificates;
import java.security.KeyPair;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two companies' technical users against the real simulator: each reads, searches and cancels only
 * what it sent or what happens on a workplace its company is on; anything else answers as if it did
 * not exist.
 */
class AccessBySenderTest {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final KeyPair KEYS = Certificates.rsa(2048);

    private final SimulatorFixture sim = new SimulatorFixture();
    /** 0566988259: the builder on Gent's declaration (the fixture's own technical user). */
    private final CentralClient builder = sim.newClient();
    /** 0459221061: on no declaration. */
    private final CentralClient outsider = clientOf("kiosk-0459221061");
    /** 0403123486: a subcontractor on Gent's declaration. */
    private final CentralClient subcontractor = clientOf("kiosk-0403123486");

    @AfterEach
    void close() {
        builder.close();
        outsider.close();
        subcontractor.close();
        sim.close();
    }

    private CentralClient clientOf(String clientId) {
        CentralConfig c = sim.config();
        TechnicalUser user = new TechnicalUser(clientId, KEYS.getPrivate(),
                List.of(sim.server().issueClientCertificate(KEYS.getPublic(), clientId), sim.server().caCertificate()));
        return new CentralClient(new CentralConfig(c.baseUrl(), c.trustedCas(), user, c.connectTimeout(),
                c.readTimeout(), c.writeTimeout(), c.callTimeout(), c.searchPageSize()), sim.clock);
    }

    private static String register(CentralClient client, String reference, String inss, String company) {
        ItemResult r = client.register(List.of(new PresenceItem(new ClientReference(reference), GENT,
                SimulatorFixture.TODAY, WorkerId.of(Inss.parse(inss)), Optional.of(EnterpriseNumber.parse(company)),
                Optional.empty(), Optional.empty()))).get(0);
        return ((ItemResult.Created) r).registration().presenceRegistrationId();
    }

    private static List<String> receiptsSeenBy(CentralClient client) {
        return client.search(GENT, SimulatorFixture.TODAY, SimulatorFixture.TODAY).stream()
                .map(CentralRegistration::presenceRegistrationId).toList();
    }

    @Test
    void aCompanyNotOnTheDeclarationSeesOnlyWhatItSentAndNothingOfTheOthers() {
        String builders = register(builder, "B1", "90021214541", "0566988259");
        String outsiders = register(outsider, "O1", "85073003328", "0459221061");

        assertThat(outsider.get(builders)).as("as if it did not exist").isEmpty();
        assertThat(receiptsSeenBy(outsider)).containsExactly(outsiders);
        CancelResult cancel = outsider.cancel(List.of(new Cancellation(builders, CancellationReason.PLANNING))).get(0);
        assertThat(cancel).isInstanceOfSatisfying(CancelResult.NotCancelled.class, n -> assertThat(n.errors())
                .extracting(CentralError::code).containsExactly("UNKNOWN_REGISTRATION"));
        assertThat(outsider.get(outsiders)).isPresent();

        // Nothing the outsider did touched the builder's registration.
        assertThat(builder.get(builders)).hasValueSatisfying(r -> assertThat(r.status())
                .isNotEqualTo(RegistrationStatus.SUCCESSFULLY_CANCELLED));
    }

    @Test
    void theCompaniesOnTheDeclarationSeeTheWholeWorkplace() {
        String builders = register(builder, "B2", "90021214541", "0566988259");
        String outsiders = register(outsider, "O2", "85073003328", "0459221061");

        assertThat(receiptsSeenBy(builder)).containsExactlyInAnyOrder(builders, outsiders);
        assertThat(receiptsSeenBy(subcontractor)).containsExactlyInAnyOrder(builders, outsiders);
        assertThat(subcontractor.get(builders)).isPresent();
    }
}
