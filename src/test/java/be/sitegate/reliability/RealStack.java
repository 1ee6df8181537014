package be.sitegate.reliability;

import be.sitegate.card.PcscTerminalSource;
import be.sitegate.card.realstack.PcscDaemon;
import java.nio.file.Path;

/**
 * The real PC/SC stack for the card-fault harness: its own {@code pcscd -f}, stopped by its PID.
 * The JDK keeps one PC/SC context per JVM; another real-stack test class in the same JVM may have
 * left one made on a pcscd that is gone, so the context is dropped before this pcscd starts and
 * again once it stops (a later class then finds PC/SC down, as it expects, not a dead context).
 */
final class RealStack implements AutoCloseable {

    private static final Path LOG = Path.of("target", "pcscd-card-faults.log");

    private PcscDaemon pcscd;

    /** Why the stack cannot start here, or null when it can. */
    static String missing() {
        if (!PcscDaemon.installed()) {
            return "/usr/sbin/pcscd is missing (apt-get install pcscd vsmartcard-vpcd)";
        }
        if (PcscDaemon.alreadyRunning()) {
            return "another pcscd already runs on this machine; the card-fault harness needs its own";
        }
        return null;
    }

    static RealStack start() throws Exception {
        dropContext();
        RealStack stack = new RealStack();
        stack.pcscd = PcscDaemon.start(LOG);
        return stack;
    }

    /** pcscd stops (an upgrade, a crash); the readers it served go with it. */
    void stopDaemon() throws InterruptedException {
        pcscd.close();
    }

    /** pcscd is started again. */
    void startDaemon() throws Exception {
        pcscd = PcscDaemon.start(LOG);
    }

    @Override
    public void close() throws InterruptedException {
        if (pcscd != null) {
            pcscd.close();
        }
        dropContext();
    }

    /**
     * Only where the JVM opens the PC/SC provider (the test JVM does): a soak's own JVM, started
     * without it, has no context from an earlier pcscd to drop, and trying would log an error.
     */
    private static void dropContext() {
        boolean open = ModuleLayer.boot().findModule("java.smartcardio")
                .map(m -> m.isOpen("sun.security.smartcardio", RealStack.class.getModule())).orElse(false);
        if (open) {
            new PcscTerminalSource().reconnect();
        }
    }
}
