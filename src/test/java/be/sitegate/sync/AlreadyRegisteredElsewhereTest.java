package be.sitegate.sync;

import be.sitegate.testkit.Fixtures;
import static be.sitegate.testkit.Await.until;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralClient;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.domain.Remark;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.store.KioskStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A person already registered through another channel today: the service registers the kiosk's
 * registration too and flags it; the kiosk keeps that receipt with the remark and sends nothing again.
 */
class AlreadyRegisteredElsewhereTest {

    @TempDir
    Path dir;

    @Test
    void theKioskStoresItsFlaggedReceiptAndDoesNotSendAgain() {
        WorkplaceId site = WorkplaceId.parse("1Y101DRUNWB5Z");
        WorkerId sofie = WorkerId.of(Inss.parse("90021214541"));
        EnterpriseNumber builder = EnterpriseNumber.parse("0566988259");
        try (SimulatorFixture sim = new SimulatorFixture();
             CentralClient client = sim.newClient();
             KioskStore store = KioskStore.open(dir.resolve("k.db"), Fixtures.runningFrom(SimulatorFixture.NOW))) {
            ItemResult elsewhere = client.register(List.of(new PresenceItem(new ClientReference("ONLINEFORM1"), site,
                    SimulatorFixture.TODAY, sofie, Optional.of(builder), Optional.empty(), Optional.empty()))).get(0);
            String existing = ((ItemResult.Created) elsewhere).registration().presenceRegistrationId();

            Registration atKiosk = store.registrations().register(Fixtures.registration(site, sofie, builder,
                    SimulatorFixture.TODAY, SimulatorFixture.NOW)).registration();
            try (OutboxForwarder forwarder = new OutboxForwarder(store.outbox(), client::register,
                    ForwarderSettings.defaults(), Fixtures.runningFrom(SimulatorFixture.NOW))) {
                forwarder.start();
                until("accepted", Duration.ofSeconds(60), () -> store.outbox().counts().accepted() == 1);
            }
            var delivery = store.outbox().delivery(atKiosk.reference()).orElseThrow();
            assertThat(delivery.status()).isEqualTo(DeliveryStatus.ACCEPTED);
            assertThat(delivery.receiptNumber()).isPresent().get().isNotEqualTo(existing);
            assertThat(delivery.remarks()).first().isEqualTo(ServiceRemark.remark(Remark.ALREADY_REGISTERED.text()));
            assertThat(delivery.attempts()).as("a remark is no reason to send again").isEqualTo(1);
            assertThat(sim.registrationCount(atKiosk.reference().value())).isEqualTo(1);
        }
    }
}
