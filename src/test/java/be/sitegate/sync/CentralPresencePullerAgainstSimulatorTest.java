package be.sitegate.sync;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.CentralClient;
import be.sitegate.central.PresenceItem;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.CentralPresence;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.store.KioskStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What another channel registered shows up in the kiosk's store after a pull from the real simulator. */
class CentralPresencePullerAgainstSimulatorTest {

    @TempDir
    Path dir;

    @Test
    void aRegistrationMadeElsewhereIsStoredForTodaysAttendance() {
        WorkplaceId site = WorkplaceId.parse("1Y101DRUNWB5Z");
        try (SimulatorFixture sim = new SimulatorFixture();
             CentralClient client = sim.newClient();
             KioskStore store = KioskStore.open(dir.resolve("k.db"), sim.clock);
             CentralPresencePuller puller = new CentralPresencePuller(client::search, store.centralPresences(),
                     () -> Optional.of(site), sim.clock)) {
            // "Another kiosk" registers Sofie directly.
            client.register(List.of(new PresenceItem(new ClientReference("OTHERKIOSK1"), site, SimulatorFixture.TODAY,
                    WorkerId.of(Inss.parse("90021214541")), Optional.of(EnterpriseNumber.parse("0566988259")),
                    Optional.empty(), Optional.empty())));

            assertThat(puller.pullNow()).isEqualTo(1);
            List<CentralPresence> stored = store.centralPresences().forDay(site, SimulatorFixture.TODAY);
            assertThat(stored).singleElement().satisfies(p -> {
                assertThat(p.worker()).isEqualTo(WorkerId.of(Inss.parse("90021214541")));
                assertThat(p.clientReference()).contains(new ClientReference("OTHERKIOSK1"));
                assertThat(p.receiptNumber()).matches("\\d{1,15}");
            });
        }
    }
}
