package be.sitegate.domain;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * The UID of a contactless badge as a reader gives it (4, 7 or 10 bytes for ISO 14443-A, a 4-byte
 * PUPI for type B). A UID identifies a badge and proves nothing (it is copyable), and it is never
 * stored as such: the kiosk keeps only a keyed fingerprint of it. Its text form hides all but the
 * last byte, so a log line cannot be used to clone the badge.
 */
public final class BadgeUid {

    private final byte[] bytes;

    private BadgeUid(byte[] bytes) {
        this.bytes = bytes;
    }

    public static BadgeUid of(byte[] bytes) {
        if (bytes == null || (bytes.length != 4 && bytes.length != 7 && bytes.length != 10)) {
            throw new IllegalArgumentException("a badge UID has 4, 7 or 10 bytes");
        }
        return new BadgeUid(bytes.clone());
    }

    /**
     * Chips that answer a new UID at every power-up (passports, some eIDs) start it with {@code 08}
     * and use 4 bytes (ISO 14443-3): such a UID never names the same badge twice.
     */
    public static boolean isRandom(byte[] bytes) {
        return bytes != null && bytes.length == 4 && bytes[0] == 0x08;
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    public int length() {
        return bytes.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BadgeUid other && Arrays.equals(bytes, other.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "BadgeUid[" + bytes.length + " bytes, ..." + HexFormat.of().toHexDigits(bytes[bytes.length - 1]) + "]";
    }
}
