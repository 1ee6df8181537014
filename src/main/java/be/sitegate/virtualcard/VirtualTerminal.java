package be.sitegate.virtualcard;

import java.time.Duration;
import javax.smartcardio.Card;
import javax.smartcardio.CardException;
import javax.smartcardio.CardNotPresentException;
import javax.smartcardio.CardTerminal;

/**
 * An in-process card reader holding a virtual card: the kiosk demo uses it on machines without
 * pcscd, and unit tests use it instead of the real PC/SC stack. Cards can be inserted and removed
 * at any time from any thread; a removal breaks every open connection to the old card, like pulling
 * a real one.
 */
public final class VirtualTerminal extends CardTerminal {

    private final String name;
    private final VirtualTerminals owner;
    private final Object lock = new Object();
    private VirtualCard card;
    /** Bumped on every insertion so connections to an earlier card stay broken. */
    private long insertion;
    private volatile Duration responseDelay = Duration.ZERO;
    private volatile int removeAfterApdus;
    private volatile boolean resendOnWrongLength = true;

    VirtualTerminal(String name, VirtualTerminals owner) {
        this.name = name;
        this.owner = owner;
    }

    /** A terminal on its own, outside any {@link VirtualTerminals} list. */
    public static VirtualTerminal standalone(String name) {
        return new VirtualTerminals().add(name);
    }

    public void insert(VirtualCardProfile profile) {
        insert(new BelpicCard(profile));
    }

    public void insert(BelpicCard newCard) {
        insert((VirtualCard) newCard);
    }

    /** Any virtual card, such as a contactless {@link VirtualBadge}. */
    public void insert(VirtualCard newCard) {
        synchronized (lock) {
            card = newCard;
            card.reset();
            insertion++;
            lock.notifyAll();
        }
        owner.changed();
    }

    public void remove() {
        synchronized (lock) {
            if (card == null) {
                return;
            }
            card = null;
            insertion++;
            lock.notifyAll();
        }
        owner.changed();
    }

    /** The eID in the reader, or null (no card, or another kind of card). */
    public BelpicCard card() {
        synchronized (lock) {
            return card instanceof BelpicCard eid ? eid : null;
        }
    }

    /** Every APDU waits this long before the card answers: a slow card. */
    public void setResponseDelay(Duration delay) {
        responseDelay = delay;
    }

    /** Pulls the card right after it has answered {@code n} more APDUs (0: never). */
    public void removeAfterApdus(int n) {
        removeAfterApdus = n;
    }

    /**
     * Whether the channel re-sends a command after {@code 6Cxx} with the right Le, as the JDK's PC/SC
     * channel does by default. Turn off to let the reader see {@code 6Cxx} itself.
     */
    public void setResendOnWrongLength(boolean resend) {
        resendOnWrongLength = resend;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Card connect(String protocol) throws CardException {
        if (!"*".equals(protocol) && !"T=0".equals(protocol)) {
            throw new CardException("protocol " + protocol + " not supported: the eID card speaks T=0");
        }
        synchronized (lock) {
            if (card == null) {
                throw new CardNotPresentException("No card present");
            }
            card.reset();
            return new VirtualCardConnection(this, card, insertion);
        }
    }

    @Override
    public boolean isCardPresent() {
        synchronized (lock) {
            return card != null;
        }
    }

    @Override
    public boolean waitForCardPresent(long timeout) throws CardException {
        return waitFor(true, timeout);
    }

    @Override
    public boolean waitForCardAbsent(long timeout) throws CardException {
        return waitFor(false, timeout);
    }

    private boolean waitFor(boolean present, long timeout) throws CardException {
        long end = timeout == 0 ? Long.MAX_VALUE : System.nanoTime() + timeout * 1_000_000L;
        synchronized (lock) {
            while ((card != null) != present) {
                long left = (end - System.nanoTime()) / 1_000_000L;
                if (left <= 0) {
                    return false;
                }
                try {
                    lock.wait(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new CardException("interrupted");
                }
            }
            return true;
        }
    }

    /** One APDU to the card behind a connection made at {@code connectedInsertion}. */
    byte[] exchange(long connectedInsertion, byte[] command) throws CardException {
        Duration delay = responseDelay;
        if (!delay.isZero()) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CardException("interrupted while waiting for the card");
            }
        }
        VirtualCard target;
        synchronized (lock) {
            if (card == null || insertion != connectedInsertion) {
                throw new CardException("sun.security.smartcardio.PCSCException: SCARD_W_REMOVED_CARD");
            }
            target = card;
        }
        byte[] response = target.process(command);
        if (resendOnWrongLength && response.length == 2 && (response[0] & 0xFF) == 0x6C && command.length == 5) {
            byte[] again = command.clone();
            again[4] = response[1];
            response = target.process(again);
        }
        int budget = removeAfterApdus;
        if (budget > 0) {
            if (budget == 1) {
                removeAfterApdus = 0;
                remove();
            } else {
                removeAfterApdus = budget - 1;
            }
        }
        return response;
    }

    boolean isConnectionAlive(long connectedInsertion) {
        synchronized (lock) {
            return card != null && insertion == connectedInsertion;
        }
    }

    @Override
    public String toString() {
        return "VirtualTerminal[" + name + "]";
    }
}
