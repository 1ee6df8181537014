package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.central.CentralClient;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.CentralUnavailableException;
import be.sitegate.store.KioskStore;
import be.sitegate.sync.CentralPresencePuller;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A foreman who opens the list wants what other channels registered too, now rather than at the
 * next scheduled fetch: {@link StoreAttendanceLog#refresh} on a real SQLite store, with the presence
 * puller as the assembly wires it (never started here, so nothing but the refresh fetches), against
 * the project's simulator.
 */
class AttendanceRefreshTest {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final LocalDate TODAY = SimulatorFixture.TODAY;

    @TempDir
    Path dir;

    private SimulatorFixture sim;
    private CentralClient client;
    private KioskStore store;
    private StoreAttendanceLog log;

    @BeforeEach
    void start() {
        sim = new SimulatorFixture();
        client = sim.newClient();
        store = KioskStore.open(dir.resolve("kiosk.db"), sim.clock);
        CentralPresencePuller puller = new CentralPresencePuller(client::search, store.centralPresences(),
                () -> Optional.of(GENT), sim.clock);
        log = new StoreAttendanceLog(store, puller::pullNow);
    }

    @AfterEach
    void stop() {
        store.close();
        client.close();
        sim.close();
    }

    /** Another channel (the online form, another kiosk) registers a person at the site. */
    private String registeredElsewhere(String inss) {
        try (CentralClient elsewhere = sim.newClient()) {
            ItemResult result = elsewhere.register(List.of(new PresenceItem(new ClientReference("ONLINE-1"), GENT, TODAY,
                    WorkerId.of(Inss.parse(inss)), Optional.of(EnterpriseNumber.parse(SimulatorFixture.SENDER)),
                    Optional.empty(), Optional.empty()))).get(0);
            return ((ItemResult.Created) result).registration().presenceRegistrationId();
        }
    }

    @Test
    void aRegistrationMadeThroughAnotherChannelIsInTheListOnceRefreshed() {
        String receipt = registeredElsewhere("90021214541");
        assertThat(log.registrations(GENT, TODAY)).as("not fetched yet").isEmpty();

        log.refresh();

        assertThat(log.registrations(GENT, TODAY)).singleElement().satisfies(r -> {
            assertThat(r.worker()).isEqualTo(WorkerId.of(Inss.parse("90021214541")));
            assertThat(r.method()).isEqualTo(IdentificationMethod.CENTRAL_SEARCH);
            assertThat(r.delivery().status()).isEqualTo(DeliveryStatus.ACCEPTED);
            assertThat(r.delivery().receiptNumber()).contains(receipt);
        });
    }

    @Test
    void aServiceThatIsDownIsReportedInTheKiosksOwnTermsAndTheListKeepsWhatItHad() {
        registeredElsewhere("90021214541");
        log.refresh();
        List<Registration> before = log.registrations(GENT, TODAY);
        sim.server().faults().outage(Duration.ofMinutes(5));

        assertThatThrownBy(log::refresh).isInstanceOf(CentralUnavailableException.class)
                .hasMessage("OUTAGE (HTTP 503)");
        assertThat(log.registrations(GENT, TODAY)).isEqualTo(before).hasSize(1);
    }
}
