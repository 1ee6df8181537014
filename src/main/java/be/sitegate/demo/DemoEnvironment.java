package be.sitegate.demo;

import be.sitegate.app.KioskEnvironment;
import be.sitegate.card.TerminalSource;
import be.sitegate.central.CentralConfig;
import be.sitegate.central.TechnicalUser;
import be.sitegate.config.KioskConfig;
import be.sitegate.pki.OwnerOnlyFiles;
import be.sitegate.simulator.Capabilities;
import be.sitegate.simulator.SimulatorOptions;
import be.sitegate.simulator.SimulatorServer;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import be.sitegate.virtualcard.VirtualTerminals;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The whole chain on one machine, for a newcomer or an installer: the embedded simulator of the
 * central service on a loopback port, a technical-user certificate issued by its development CA
 * (the key never leaves this process), and an in-process virtual eID reader whose specimen cards
 * chain to the virtual card's test root. Nothing here can reach a real service.
 */
public final class DemoEnvironment {

    public static final String CLIENT_ID = "sitegate-demo-kiosk";
    public static final String READER_NAME = "SiteGate Virtual Reader 0";
    /** The default seed's demo account: a construction site (CIAW) and a cleaning one (CIAOW). */
    public static final VirtualReaderControl.DemoSignIn SIGN_IN = new VirtualReaderControl.DemoSignIn(
            "demo", "demo-site-2026", List.of("1Y101DRUNWB5Z", "1Y1CLNBXL2026"));

    private final KioskEnvironment environment;
    private final VirtualReader reader;
    private final SimulatorServer simulator;

    private DemoEnvironment(KioskEnvironment environment, VirtualReader reader, SimulatorServer simulator) {
        this.environment = environment;
        this.reader = reader;
        this.simulator = simulator;
    }

    /** Starts the simulator with its state under {@code dataDir} and wires a kiosk to it. */
    public static DemoEnvironment start(KioskConfig base, Path dataDir, Clock clock) {
        return start(base, dataDir, clock, Capabilities.ALL);
    }

    /** The same, with a simulator that offers only {@code capabilities} beyond the real service's interface. */
    public static DemoEnvironment start(KioskConfig base, Path dataDir, Clock clock, Capabilities capabilities) {
        OwnerOnlyFiles.folder(dataDir);
        VirtualCardPki.keepRsaKeysIn(dataDir.resolve("virtual-card-test-keys.properties"));
        prepareSpecimenCards();
        SimulatorServer simulator = SimulatorServer.start(SimulatorOptions.builder()
                .capabilities(capabilities)
                .port(0)
                .dataDir(dataDir.resolve("simulator"))
                .clock(clock)
                .build());
        try {
            TechnicalUser user = DemoTechnicalUser.loadOrIssue(dataDir, simulator, CLIENT_ID);
            CentralConfig central = CentralConfig.of(URI.create(simulator.baseUrl()),
                            List.of(simulator.caCertificate()), user)
                    .withTimeouts(base.connectTimeout(), base.readTimeout(), base.readTimeout(), base.callTimeout());

            VirtualTerminals terminals = new VirtualTerminals();
            VirtualTerminal terminal = terminals.add(READER_NAME);
            KioskEnvironment env = new KioskEnvironment(base.forDemo(dataDir.resolve("kiosk.db")), central,
                    TerminalSource.of(terminals), List.of(VirtualCardPki.testRoot()), simulator);
            return new DemoEnvironment(env, new VirtualReader(terminal, SIGN_IN), simulator);
        } catch (RuntimeException e) {
            simulator.close();
            throw e;
        }
    }

    /**
     * The specimen cards' test PKI and profiles take seconds of CPU to build (RSA keys and
     * signatures, slower still under the launcher's client-only compiler); built here on the other
     * core, they are ready by the time the simulator has started and the reader's window lists them,
     * instead of adding to the demo's start.
     */
    private static void prepareSpecimenCards() {
        Thread builder = new Thread(() -> {
            try {
                VirtualCardProfiles.all();
            } catch (RuntimeException e) {
                // The kiosk stopped meanwhile (a refused second kiosk exits at once) or the build
                // failed: the reader window builds the cards again on first use and reports it there.
            }
        }, "specimen-cards");
        builder.setDaemon(true);
        builder.start();
    }

    public KioskEnvironment environment() {
        return environment;
    }

    public VirtualReader reader() {
        return reader;
    }

    public SimulatorServer simulator() {
        return simulator;
    }
}
