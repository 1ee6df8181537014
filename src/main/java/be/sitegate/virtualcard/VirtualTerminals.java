package be.sitegate.virtualcard;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import javax.smartcardio.CardTerminals;

/**
 * In-process card readers for the reader layer, which accepts any {@link CardTerminals}. Readers
 * can be plugged and unplugged at runtime. Never touches the PC/SC library, so it can share a JVM
 * with code that uses the real stack.
 */
public final class VirtualTerminals extends CardTerminals {

    private final List<VirtualTerminal> terminals = new CopyOnWriteArrayList<>();
    private final Object changes = new Object();
    private long version;
    private long seenVersion;

    /** One reader named "Virtual eID Reader 0" holding {@code profile}: the usual demo set-up. */
    public static VirtualTerminals withCard(VirtualCardProfile profile) {
        VirtualTerminals all = new VirtualTerminals();
        all.add("Virtual eID Reader 0").insert(profile);
        return all;
    }

    /** Plugs in a new, empty reader. */
    public VirtualTerminal add(String name) {
        VirtualTerminal t = new VirtualTerminal(name, this);
        terminals.add(t);
        changed();
        return t;
    }

    /** Unplugs a reader (its card goes with it). */
    public void unplug(VirtualTerminal terminal) {
        terminal.remove();
        terminals.remove(terminal);
        changed();
    }

    public VirtualTerminal first() {
        return terminals.get(0);
    }

    @Override
    public List<CardTerminal> list(State state) throws CardException {
        List<CardTerminal> out = new ArrayList<>();
        for (VirtualTerminal t : terminals) {
            boolean present = t.isCardPresent();
            boolean keep = switch (state) {
                case ALL -> true;
                case CARD_PRESENT, CARD_INSERTION -> present;
                case CARD_ABSENT, CARD_REMOVAL -> !present;
            };
            if (keep) {
                out.add(t);
            }
        }
        return out;
    }

    @Override
    public boolean waitForChange(long timeout) throws CardException {
        if (timeout < 0) {
            throw new IllegalArgumentException("timeout must not be negative");
        }
        long end = timeout == 0 ? Long.MAX_VALUE : System.nanoTime() + timeout * 1_000_000L;
        synchronized (changes) {
            while (version == seenVersion) {
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                try {
                    changes.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CardException("interrupted");
                }
            }
            seenVersion = version;
            return true;
        }
    }

    void changed() {
        synchronized (changes) {
            version++;
            changes.notifyAll();
        }
    }
}
