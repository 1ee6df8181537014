package be.sitegate.reliability;

import be.sitegate.virtualcard.BelpicCard;
import be.sitegate.virtualcard.VirtualCardProfile;

/** A reader slot the harness puts virtual cards into: vpcd on the real PC/SC stack, or an in-process terminal. */
interface CardSlot extends AutoCloseable {

    /** What the sweeps name the slot by in their tables. */
    String name();

    /**
     * Puts {@code profile} in; the card vanishes right after it answered {@code pullAfterApdus} APDUs
     * (0: it stays until {@link Inserted#pull}).
     */
    Inserted insert(VirtualCardProfile profile, int pullAfterApdus);

    @Override
    default void close() {
    }

    /** A card in the slot. */
    interface Inserted {
        /** The card as its APDUs reach it (its count includes what a transport re-sends). */
        BelpicCard card();

        /** Takes the card out, if it is still in, and lets go of it. */
        void pull();
    }
}
