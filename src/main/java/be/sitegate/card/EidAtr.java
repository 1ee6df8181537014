package be.sitegate.card;

/** The ATRs of Belgian eID cards, matched with masks the way readers do. */
public final class EidAtr {

    /** Applet 1.7: {@code 3B 98 xx 40 xx A5 03 01 01 01 AD 13 xx} (bytes 2, 4 and 12 vary). */
    private static final int[] APPLET_17 = {0x3B, 0x98, -1, 0x40, -1, 0xA5, 0x03, 0x01, 0x01, 0x01, 0xAD, 0x13, -1};
    /** Applet 1.8: {@code 3B 7F 96 00 00 80 31 80 65 B0 85 xx xx xx xx 0F FF 82 90 00}. */
    private static final int[] APPLET_18 = {0x3B, 0x7F, 0x96, 0x00, 0x00, 0x80, 0x31, 0x80, 0x65, 0xB0, 0x85,
        -1, -1, -1, -1, 0x0F, 0xFF, 0x82, 0x90, 0x00};

    private EidAtr() {
    }

    public static boolean isKnown(byte[] atr) {
        return matches(atr, APPLET_17) || matches(atr, APPLET_18);
    }

    private static boolean matches(byte[] atr, int[] pattern) {
        if (atr.length != pattern.length) {
            return false;
        }
        for (int i = 0; i < atr.length; i++) {
            if (pattern[i] >= 0 && (atr[i] & 0xFF) != pattern[i]) {
                return false;
            }
        }
        return true;
    }
}
