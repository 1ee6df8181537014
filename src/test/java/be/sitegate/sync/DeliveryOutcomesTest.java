package be.sitegate.sync;

import be.sitegate.testkit.Fixtures;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralError;
import be.sitegate.central.CentralRegistration;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.central.RegistrationStatus;
import be.sitegate.domain.ClientReference;
import be.sitegate.store.DeliveryOutcome;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DeliveryOutcomesTest {

    private static final ClientReference REF = new ClientReference("SG0000000000AAAAAAAAAAAA");

    private static CentralRegistration registration(RegistrationStatus status, List<String> remarks) {
        return new CentralRegistration("123456789012", Optional.of(REF), Fixtures.SITE, Fixtures.DAY,
                Fixtures.worker(1), Optional.of(Fixtures.BUILDER_NUMBER), Optional.empty(), Optional.empty(),
                Instant.EPOCH, "GATEWAY", "0566988259", 1, status, remarks, List.of());
    }

    private static final PresenceItem SENT = new PresenceItem(REF, Fixtures.SITE, Fixtures.DAY,
            Fixtures.worker(1), Optional.of(Fixtures.BUILDER_NUMBER), Optional.empty(), Optional.empty());

    private static DeliveryOutcome outcome(ItemResult r) {
        return DeliveryOutcomes.of(r, SENT, Fixtures.DAY);
    }

    @Test
    void aCreatedItemIsAcceptedWithItsReceiptAndRemarksEvenWhenFailed() {
        assertThat(outcome(new ItemResult.Created(REF, registration(RegistrationStatus.FAILED,
                List.of("RELATED DIMONA NOT OK"))))).isEqualTo(new DeliveryOutcome.Accepted(REF, "123456789012",
                List.of(ServiceRemark.remark("RELATED DIMONA NOT OK"))));
    }

    @Test
    void alreadyRegisteredWithAnExistingIdIsAcceptedWithThatReceiptAndTheRemark() {
        ItemResult r = new ItemResult.NotCreated(REF, List.of(new CentralError("ALREADY_REGISTERED",
                "SAME DECLARATION HAS ALREADY BEEN REGISTERED", Optional.of("999"))));
        assertThat(outcome(r)).isEqualTo(new DeliveryOutcome.Accepted(REF, "999",
                List.of(ServiceRemark.remark("SAME DECLARATION HAS ALREADY BEEN REGISTERED"))));
    }

    @Test
    void anyOtherRefusalIsRejectedWithCodeAndDescription() {
        ItemResult r = new ItemResult.NotCreated(REF, List.of(
                new CentralError("INVALID_DATE", "REGISTRATION DATE MUST BE TODAY OR TOMORROW", Optional.empty()),
                new CentralError("DUC_NOT_EXISTING", "DUC IS NOT EXISTING", Optional.empty())));
        assertThat(outcome(r)).isEqualTo(new DeliveryOutcome.Rejected(REF, List.of(
                ServiceRemark.error("INVALID_DATE", "REGISTRATION DATE MUST BE TODAY OR TOMORROW"),
                ServiceRemark.error("DUC_NOT_EXISTING", "DUC IS NOT EXISTING"))));
    }

    @Test
    void aDateRefusedAfterItsDayEndedIsNotSentInTimeNotAWrongRecord() {
        ItemResult r = new ItemResult.NotCreated(REF, List.of(
                new CentralError("INVALID_DATE", "REGISTRATION DATE MUST BE TODAY OR TOMORROW", Optional.empty())));
        assertThat(DeliveryOutcomes.of(r, SENT, Fixtures.DAY.plusDays(1)))
                .isInstanceOf(DeliveryOutcome.Expired.class);
        assertThat(DeliveryOutcomes.of(r, SENT, Fixtures.DAY))
                .as("refused for its own day: something else is wrong").isInstanceOf(DeliveryOutcome.Rejected.class);
    }

    @Test
    void aLimosaItemSentWithoutAnEmployerKeepsTheOneTheServiceRecorded() {
        PresenceItem limosa = new PresenceItem(REF, Fixtures.SITE, Fixtures.DAY, Fixtures.worker(1), Optional.empty(),
                Optional.empty(), Optional.empty());
        DeliveryOutcome outcome = DeliveryOutcomes.of(new ItemResult.Created(REF,
                registration(RegistrationStatus.SUCCESSFULLY_REGISTERED, List.of())), limosa, Fixtures.DAY);
        assertThat(outcome).isEqualTo(new DeliveryOutcome.Accepted(REF, "123456789012", List.of(),
                Optional.of(Fixtures.BUILDER_NUMBER)));
    }

    @Test
    void anItemSentWithItsEmployerStoresNoSecondOne() {
        DeliveryOutcome outcome = outcome(new ItemResult.Created(REF,
                registration(RegistrationStatus.SUCCESSFULLY_REGISTERED, List.of())));
        assertThat(((DeliveryOutcome.Accepted) outcome).serviceEmployer()).isEmpty();
    }
}
