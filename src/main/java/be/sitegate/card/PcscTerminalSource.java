package be.sitegate.card;

import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import javax.smartcardio.CardTerminals;
import javax.smartcardio.TerminalFactory;

/**
 * The real PC/SC readers. Uses {@code TerminalFactory.getInstance("PC/SC", null)} rather than
 * {@code getDefault()}: the default silently returns an empty factory when pcscd is down, while
 * getInstance fails and says why, which the monitor turns into a status and retries.
 */
public final class PcscTerminalSource implements TerminalSource {

    private CardTerminals terminals;

    /** Forgets the terminals and the JVM's PC/SC context, which died with the pcscd they came from. */
    @Override
    public synchronized void reconnect() {
        terminals = null;
        PcscContextReset.resetContext();
    }

    @Override
    public synchronized CardTerminals terminals() throws Unavailable {
        if (terminals != null) {
            return terminals;
        }
        boolean linux = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux");
        if (PcscLibrary.configure().isEmpty() && linux) {
            throw new Unavailable(MonitorStatus.PCSC_LIBRARY_MISSING, "no libpcsclite.so.1 found", null);
        }
        try {
            terminals = TerminalFactory.getInstance("PC/SC", null).terminals();
            return terminals;
        } catch (NoSuchAlgorithmException e) {
            String why = String.valueOf(e.getCause());
            MonitorStatus status = why.contains("load") || why.contains("library")
                    ? MonitorStatus.PCSC_LIBRARY_MISSING : MonitorStatus.PCSC_SERVICE_UNAVAILABLE;
            throw new Unavailable(status, "PC/SC unavailable: " + why, e);
        } catch (RuntimeException | LinkageError e) {
            throw new Unavailable(MonitorStatus.PCSC_LIBRARY_MISSING, "PC/SC library failed: " + e, e);
        }
    }
}
