package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.central.SimulatorFixture;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.Company;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Inss;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.DeliveryUpdates;
import be.sitegate.kiosk.InitialisationOutcome;
import be.sitegate.kiosk.Receipt;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.kiosk.Worker;
import be.sitegate.pki.Certificates;
import be.sitegate.pki.TechnicalUserKeys;
import be.sitegate.virtualcard.VirtualCardPki;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk as {@code sitegate kiosk} assembles it on a site, not in the demo: a
 * {@code sitegate.properties} read from disk, {@link ProductionEnvironment}, a technical user's key
 * made the way {@code sitegate csr} makes it with the certificate the service's CA issued for its
 * request, the service's CA in a PEM file, the PC/SC readers. The service is the project's simulator
 * over loopback HTTPS, reached only through what the configuration names.
 */
class ProductionKioskTest {

    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    /** The sender is the enterprise number in the certificate's CN, as the service's contract says. */
    private static final String CLIENT_ID = "kiosk-" + SimulatorFixture.SENDER;
    private static final String KEYSTORE_PASSWORD = "kiosk key store 2026";

    @TempDir
    Path dir;

    private SimulatorFixture sim;
    private KioskAssembly kiosk;
    private final BlockingQueue<DeliveryUpdates.Update> deliveries = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws Exception {
        // The CA signs with the wall clock, so the service and the kiosk run on it too.
        sim = new SimulatorFixture(Clock.systemUTC());
        Path config = siteConfiguration();
        kiosk = KioskAssembly.start(ProductionEnvironment.from(KioskConfig.load(config, Map.of())), Clock.systemUTC());
        kiosk.deliveries().subscribe(deliveries::add);
    }

    @AfterEach
    void stop() {
        if (kiosk != null) {
            kiosk.close();
        }
        sim.close();
    }

    /** What an installer puts on a site's kiosk, every file the configuration names included. */
    private Path siteConfiguration() throws Exception {
        Path keys = Files.createDirectories(dir.resolve("keys"));
        char[] password = KEYSTORE_PASSWORD.toCharArray();
        PKCS10CertificationRequest request = TechnicalUserKeys.create(keys, CLIENT_ID, password);
        X509Certificate issued = sim.server().issueClientCertificate(request);
        Path chain = dir.resolve("issued-chain.pem");
        Certificates.writePem(chain, issued, sim.server().caCertificate());
        TechnicalUserKeys.importChain(keys, chain, password);
        Path passwordFile = Files.writeString(dir.resolve("keystore-password"), KEYSTORE_PASSWORD + "\n");

        Path serviceCa = dir.resolve("central-ca.pem");
        Certificates.writePem(serviceCa, sim.server().caCertificate());
        // A site names the Belgium Root CAs here; no card is read in this test, any root will do.
        Path cardRoots = dir.resolve("card-roots.pem");
        Certificates.writePem(cardRoots, VirtualCardPki.testRoot());

        Path file = dir.resolve("sitegate.properties");
        Files.writeString(file, String.join("\n",
                "store.file=" + dir.resolve("data").resolve("kiosk.db"),
                "central.url=" + sim.server().baseUrl(),
                "central.ca-file=" + serviceCa,
                "central.client-keystore=" + keys.resolve(TechnicalUserKeys.KEYSTORE),
                "central.client-keystore-password-file=" + passwordFile,
                "central.client-id=" + CLIENT_ID,
                "card.trusted-roots=" + cardRoots,
                ""));
        return file;
    }

    @Test
    void aTypedNationalNumberIsRegisteredEndToEndAndItsReceiptIsTheService() throws Exception {
        assertThat(kiosk.config().acceptSpecimenCards()).as("a site's configuration").isFalse();
        InitialisationOutcome opened = kiosk.initialisation().initialise(SimulatorFixture.USERNAME,
                SimulatorFixture.PASSWORD.toCharArray(), GENT);
        assertThat(opened).isInstanceOf(InitialisationOutcome.Initialised.class);

        Worker typed = Worker.typed(WorkerId.of(Inss.parse("90021214541")), IdentificationMethod.TYPED_NATIONAL_NUMBER);
        RegistrationStep step = kiosk.registration().identify(typed);
        assertThat(step).as("a site's configuration asks only what the real service offers: no employer look-up")
                .isInstanceOf(RegistrationStep.ChooseEmployer.class);
        RegistrationStep.ChooseEmployer choose = (RegistrationStep.ChooseEmployer) step;
        assertThat(choose.companies()).as("the companies on the workplace's declaration").hasSize(4);
        Company builder = choose.companies().stream()
                .filter(c -> c.enterpriseNumber().toString().equals(SimulatorFixture.SENDER)).findFirst().orElseThrow();
        RegistrationStep.Registered registered =
                (RegistrationStep.Registered) kiosk.registration().chooseEmployer(choose, builder);
        assertThat(registered.employer()).hasValue(builder);

        DeliveryUpdates.Update update = deliveries.poll(30, TimeUnit.SECONDS);
        assertThat(update).as("the outbox forwarded it").isNotNull();
        assertThat(update.reference()).isEqualTo(registered.registration().reference());
        assertThat(update.delivery().status()).isEqualTo(DeliveryStatus.ACCEPTED);
        String receipt = update.delivery().receiptNumber().orElseThrow();

        assertThat(sim.registrationCount(update.reference().value()))
                .as("registered once, under the sender the certificate names").isEqualTo(1);
        assertThat(kiosk.central().registration(receipt)).as("the service holds it under that receipt")
                .hasValueSatisfying(r -> {
                    assertThat(r.clientReference()).contains(update.reference());
                    assertThat(r.status()).isEqualTo(Receipt.Status.REGISTERED);
                });
    }
}
