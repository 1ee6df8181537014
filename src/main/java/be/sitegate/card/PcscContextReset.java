package be.sitegate.card;

import java.lang.reflect.Field;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's PC/SC provider establishes one PC/SC context per JVM, in a static field, and never makes
 * another: once pcscd restarts (an upgrade, a crash, a USB hiccup), that context is dead and a kiosk
 * left alone would not see a reader again until someone restarts it. This drops the dead context
 * (and the terminals made on it) so the next {@code TerminalFactory} establishes a new one. It
 * reaches into JDK internals, so the JVM must open them
 * ({@code --add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED}: the jar's manifest,
 * the packaged launcher and the test JVM do); without that it says so once and changes nothing.
 */
final class PcscContextReset {

    private static final Logger LOG = LoggerFactory.getLogger(PcscContextReset.class);
    private static final String TERMINALS = "sun.security.smartcardio.PCSCTerminals";
    private static volatile boolean warned;

    private PcscContextReset() {
    }

    /** True when the next PC/SC call will establish a fresh context. */
    static boolean resetContext() {
        try {
            Class<?> terminals = Class.forName(TERMINALS);
            Field context = terminals.getDeclaredField("contextId");
            Field cache = terminals.getDeclaredField("terminals");
            context.setAccessible(true);
            cache.setAccessible(true);
            // The provider's own methods are static synchronized: hold the same lock while swapping.
            synchronized (terminals) {
                context.setLong(null, 0L);
                ((Map<?, ?>) cache.get(null)).clear();
            }
            LOG.info("PC/SC context dropped; the next look for readers connects to pcscd afresh");
            return true;
        } catch (ReflectiveOperationException | RuntimeException e) {
            if (!warned) {
                warned = true;
                LOG.error("pcscd was restarted, and this JVM cannot drop its dead PC/SC context ({}): the card "
                        + "reader works again only after SiteGate restarts. Start SiteGate with "
                        + "--add-opens java.smartcardio/sun.security.smartcardio=ALL-UNNAMED (the packaged "
                        + "kiosk and 'java -jar' do).", e.toString());
            }
            return false;
        }
    }
}
