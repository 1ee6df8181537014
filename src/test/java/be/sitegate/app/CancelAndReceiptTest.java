package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.CentralClient;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.Remark;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CancelOutcome;
import be.sitegate.kiosk.CancelReason;
import be.sitegate.kiosk.CentralUnavailableException;
import be.sitegate.kiosk.Receipt;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the foreman's screens will ask the service through {@link CentralGatewayAdapter}: withdraw a
 * registration made by mistake, and how a receipt stands. Against the project's simulator over
 * loopback HTTPS, with registrations the real client made there.
 */
class CancelAndReceiptTest {

    private static final WorkplaceId SITE = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final EnterpriseNumber BUILDER = EnterpriseNumber.parse("0566988259");
    /** A receipt number the simulator never gave. */
    private static final String UNKNOWN = "999999999999";

    private SimulatorFixture sim;
    private CentralClient client;
    private CentralGatewayAdapter gateway;
    private int references;

    @BeforeEach
    void start() {
        sim = new SimulatorFixture();
        client = sim.newClient();
        gateway = new CentralGatewayAdapter(client, true, Duration.ofSeconds(2), () -> false);
    }

    @AfterEach
    void stop() {
        gateway.close();
        client.close();
        sim.close();
    }

    /** Registers a person at the site today, as the forwarder would, and returns the receipt. */
    private String registered(String inss, ClientReference reference) {
        ItemResult result = client.register(List.of(new PresenceItem(reference, SITE, SimulatorFixture.TODAY,
                WorkerId.of(Inss.parse(inss)), Optional.of(BUILDER), Optional.empty(), Optional.empty()))).get(0);
        return ((ItemResult.Created) result).registration().presenceRegistrationId();
    }

    private ClientReference nextReference() {
        return new ClientReference("SG-TEST-" + ++references);
    }

    @Test
    void aReceiptTellsHowItsValidationStandsAndWhoseReferenceItCarries() {
        ClientReference clean = nextReference();
        ClientReference withRemark = nextReference();
        String inOrder = registered("90021214541", clean);
        // A national number the national register does not know: registered, with a remark.
        String remarked = registered("600101001" + String.format("%02d", 97 - 600101001L % 97), withRemark);

        assertThat(gateway.registration(inOrder)).hasValueSatisfying(r -> {
            assertThat(r.number()).isEqualTo(inOrder);
            assertThat(r.clientReference()).contains(clean);
            assertThat(r.status()).isEqualTo(Receipt.Status.REGISTERED);
            assertThat(r.remarks()).isEmpty();
        });
        assertThat(gateway.registration(remarked)).hasValueSatisfying(r -> {
            assertThat(r.clientReference()).contains(withRemark);
            assertThat(r.status()).isEqualTo(Receipt.Status.VALIDATED_WITH_REMARKS);
            assertThat(r.remarks()).extracting(ServiceRemark::known).contains(Remark.NISS_NOT_IN_NATIONAL_REGISTER);
        });
        assertThat(gateway.registration(UNKNOWN)).isEmpty();
    }

    @Test
    void aCancelledRegistrationNoLongerCountsAndCancellingItAgainIsNoError() {
        String receipt = registered("90021214541", nextReference());

        assertThat(gateway.cancel(receipt, CancelReason.PLANNING)).isInstanceOf(CancelOutcome.Cancelled.class);
        assertThat(gateway.registration(receipt)).hasValueSatisfying(r ->
                assertThat(r.status()).isEqualTo(Receipt.Status.CANCELLED));
        assertThat(gateway.cancel(receipt, CancelReason.PLANNING))
                .as("a cancellation sent again, e.g. after a lost reply, is done, not refused")
                .isInstanceOf(CancelOutcome.Cancelled.class);
    }

    @Test
    void aReceiptTheServiceDoesNotKnowIsNotCancelledAndSaysWhy() {
        assertThat(gateway.cancel(UNKNOWN, CancelReason.HOLIDAY)).isInstanceOfSatisfying(
                CancelOutcome.NotCancelled.class, refused -> assertThat(refused.reasons())
                        .containsExactly(ServiceRemark.error("UNKNOWN_REGISTRATION", "PRESENCE REGISTRATION IS NOT KNOWN")));
    }

    @Test
    void aServiceThatIsDownIsReportedAsUnavailableInTheKiosksOwnTerms() {
        String receipt = registered("90021214541", nextReference());
        sim.server().faults().outage(Duration.ofMinutes(5));

        assertThatThrownBy(() -> gateway.cancel(receipt, CancelReason.PLANNING))
                .isInstanceOf(CentralUnavailableException.class).hasMessage("OUTAGE (HTTP 503)");
        assertThatThrownBy(() -> gateway.registration(receipt))
                .isInstanceOf(CentralUnavailableException.class).hasMessage("OUTAGE (HTTP 503)");
    }

    @Test
    void aBlankReceiptNumberIsRefusedBeforeAnythingIsSent() {
        assertThatThrownBy(() -> gateway.registration(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> gateway.cancel("", CancelReason.PLANNING)).isInstanceOf(IllegalArgumentException.class);
    }
}
