package be.sitegate.demo;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import be.sitegate.app.KioskEnvironment;
import be.sitegate.card.PcscTerminalSource;
import be.sitegate.card.realstack.PcscDaemon;
import be.sitegate.config.KioskConfig;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The demo's environment (the simulator over loopback HTTPS, its technical user and trusted card
 * roots) with the real PC/SC stack for its readers: a pcscd of its own over vpcd, which the test's
 * virtual cards and badges join. Skips the test where pcscd is missing or another one runs.
 */
final class DemoOnRealReaders implements AutoCloseable {

    private final PcscTerminalSource readers;
    private final DemoEnvironment demo;
    private final PcscDaemon pcscd;

    private DemoOnRealReaders(PcscTerminalSource readers, DemoEnvironment demo, PcscDaemon pcscd) {
        this.readers = readers;
        this.demo = demo;
        this.pcscd = pcscd;
    }

    static DemoOnRealReaders start(Path dir) throws Exception {
        assumeTrue(PcscDaemon.installed() && !PcscDaemon.alreadyRunning(), "pcscd missing or already running");
        PcscTerminalSource readers = new PcscTerminalSource();
        readers.reconnect();
        DemoEnvironment demo = DemoEnvironment.start(KioskConfig.of(Map.of(), Map.of()), dir, Clock.systemUTC());
        try {
            return new DemoOnRealReaders(readers, demo, PcscDaemon.start(dir.resolve("pcscd.log")));
        } catch (Exception | Error e) {
            demo.simulator().close();
            throw e;
        }
    }

    /** What the kiosk command would assemble with the demo's service and these real readers. */
    KioskEnvironment environment() {
        KioskEnvironment env = demo.environment();
        return new KioskEnvironment(env.config(), env.central(), readers, env.cardRoots(), env.extras());
    }

    @Override
    public void close() throws Exception {
        try {
            pcscd.close();
        } finally {
            demo.simulator().close();
            readers.reconnect();
        }
    }
}
