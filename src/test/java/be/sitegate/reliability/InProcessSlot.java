package be.sitegate.reliability;

import be.sitegate.card.TerminalSource;
import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualTerminal;
import be.sitegate.virtualcard.VirtualTerminals;

/**
 * An in-process reader ({@link VirtualTerminals}), as the demo has. It does not re-send after
 * {@code 6Cxx} itself, so every APDU the card answers is one the card reader sent, and a sweep over
 * the card's APDUs pulls it after each of the reader's.
 */
final class InProcessSlot implements CardSlot {

    static final String READER = "In-process eID Reader";

    private final VirtualTerminals terminals = new VirtualTerminals();
    private VirtualTerminal terminal = plugIn();

    private VirtualTerminal plugIn() {
        VirtualTerminal t = terminals.add(READER);
        t.setResendOnWrongLength(false);
        return t;
    }

    TerminalSource source() {
        return TerminalSource.of(terminals);
    }

    VirtualTerminal terminal() {
        return terminal;
    }

    /** The reader goes, with the card in it (a USB cable pulled). */
    void unplug() {
        terminals.unplug(terminal);
    }

    /** The reader comes back, empty. */
    void plugBackIn() {
        terminal = plugIn();
    }

    @Override
    public String name() {
        return "in process (VirtualTerminals)";
    }

    @Override
    public Inserted insert(VirtualCardProfile profile, int pullAfterApdus) {
        BelpicCard card = new BelpicCard(profile);
        VirtualTerminal into = terminal;
        into.removeAfterApdus(pullAfterApdus);
        into.insert(card);
        return new Inserted() {
            @Override
            public BelpicCard card() {
                return card;
            }

            @Override
            public void pull() {
                into.removeAfterApdus(0);
                into.remove();
            }
        };
    }
}
