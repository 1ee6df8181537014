package be.sitegate.card;

/**
 * The ATR a PC/SC contactless reader builds for a card in its field (PC/SC part 3): {@code 3B},
 * T0 {@code 8n} (TD1 follows, n historical bytes), TD1 {@code 80} (TD2 follows, T=0), TD2
 * {@code 01} (T=1), then the historical bytes and TCK. A contact card's own ATR (an eID's among
 * them) does not start this way, so this tells a badge from a card that must be read as an eID.
 */
public final class ContactlessAtr {

    private ContactlessAtr() {
    }

    public static boolean matches(byte[] atr) {
        return atr != null && atr.length >= 5
                && (atr[0] & 0xFF) == 0x3B
                && (atr[1] & 0xF0) == 0x80
                && (atr[2] & 0xFF) == 0x80
                && (atr[3] & 0xFF) == 0x01
                && atr.length == 4 + (atr[1] & 0x0F) + 1;
    }
}
