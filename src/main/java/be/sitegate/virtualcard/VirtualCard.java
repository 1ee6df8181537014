package be.sitegate.virtualcard;

/**
 * What a reader talks to: an ATR at power-up and answers to command APDUs. The vpcd client and the
 * in-process terminal carry any such card, so an eID and a contactless badge go through the same
 * transports. Not thread-safe; a card talks to one reader at a time.
 */
public interface VirtualCard {

    byte[] atr();

    /** Power on or reset. */
    void reset();

    /** One command APDU in, the response APDU (data + SW1 SW2) out. */
    byte[] process(byte[] apdu);

    /** What the logs call this card (never a holder's data). */
    String label();
}
