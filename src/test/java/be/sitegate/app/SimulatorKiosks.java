package be.sitegate.app;

import be.sitegate.card.TerminalSource;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.SimulatorFixture;
import be.sitegate.central.TechnicalUser;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.WorkplaceId;
import be.sitegate.kiosk.InitialisationOutcome;
import be.sitegate.pki.Certificates;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualTerminals;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Assembled kiosks against one running simulator, each with its own SQLite store under a folder and
 * its own technical user of the fixture's organisation: a site's gates, as the tests build them.
 */
public final class SimulatorKiosks {

    private static final KeyPair KEYS = Certificates.rsa(2048);

    private final SimulatorFixture sim;
    private final Path dir;

    public SimulatorKiosks(SimulatorFixture sim, Path dir) {
        this.sim = sim;
        this.dir = dir;
    }

    /** A started kiosk named {@code name}, asking the service for what {@code offers} names. */
    public KioskAssembly start(String name, String offers) {
        return start(name, offers, Clock.systemUTC());
    }

    /** On a clock of its own: a kiosk whose clock and the service's disagree, as across a midnight. */
    public KioskAssembly start(String name, String offers, Clock clock) {
        return start(name, offers, clock, Map.of(), central -> central, KioskAssembly.STORAGE_PROBE_INTERVAL);
    }

    /** Probing a failing store every {@code storageProbeInterval}: a storage fault test waits for its recovery. */
    public KioskAssembly start(String name, String offers, Clock clock, java.time.Duration storageProbeInterval) {
        return start(name, offers, clock, Map.of(), central -> central, storageProbeInterval);
    }

    /**
     * With more of the kiosk's configuration keys ({@code sync.backoff-initial}, ...) and the central
     * client's settings changed by {@code central} (its timeouts, say).
     */
    public KioskAssembly start(String name, String offers, Clock clock, Map<String, String> settings,
            java.util.function.UnaryOperator<CentralConfig> central) {
        return start(name, offers, clock, settings, central, KioskAssembly.STORAGE_PROBE_INTERVAL);
    }

    private KioskAssembly start(String name, String offers, Clock clock, Map<String, String> settings,
            java.util.function.UnaryOperator<CentralConfig> central, java.time.Duration storageProbeInterval) {
        String clientId = "kiosk-" + SimulatorFixture.SENDER + "-gate-" + name;
        CentralConfig shared = sim.config();
        TechnicalUser user = new TechnicalUser(clientId, KEYS.getPrivate(),
                List.of(sim.server().issueClientCertificate(KEYS.getPublic(), clientId), sim.server().caCertificate()));
        java.util.Map<String, String> keys = new java.util.HashMap<>(settings);
        keys.put("store.file", storeFile(name).toString());
        keys.put("central.offers", offers);
        KioskConfig config = KioskConfig.of(keys, Map.of());
        CentralConfig client = central.apply(CentralConfig.of(shared.baseUrl(), shared.trustedCas(), user));
        return KioskAssembly.start(new KioskEnvironment(config, client, TerminalSource.of(new VirtualTerminals()),
                List.of(VirtualCardPki.testRoot()), () -> { }), clock, storageProbeInterval);
    }

    /** Where the kiosk {@code name} keeps its database. */
    public Path storeFile(String name) {
        return dir.resolve(name).resolve("kiosk.db");
    }

    /** Opens the kiosk for a workplace with the fixture's site manager account. */
    public static boolean signIn(KioskAssembly kiosk, WorkplaceId workplace) {
        return kiosk.initialisation().initialise(SimulatorFixture.USERNAME, SimulatorFixture.PASSWORD.toCharArray(),
                workplace) instanceof InitialisationOutcome.Initialised;
    }
}
