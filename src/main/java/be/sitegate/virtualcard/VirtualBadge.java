package be.sitegate.virtualcard;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A contactless badge on a PC/SC contactless reader, as the PC/SC stack sees the pair: the ATR the
 * reader builds for a contactless card (PC/SC part 3), and the reader's own pseudo-APDU GET DATA
 * {@code FF CA 00 00 00} answered with the badge's UID. Readers without that command answer
 * {@code 6A81} (or {@code 6E00}); chips with a random UID give a new {@code 08 xx xx xx} at every
 * power-up. Every other command is refused as a badge without an application would.
 */
public final class VirtualBadge implements VirtualCard {

    /**
     * PC/SC part 3 ATR of a contactless storage card (here a MIFARE Classic 1K): {@code 3B 8F 80 01},
     * then {@code 80 4F 0C} RID A0 00 00 03 06, standard 03 (ISO 14443-A part 3), card name 00 01, RFU, TCK.
     */
    static final byte[] CONTACTLESS_ATR = HexFormat.of().parseHex("3B8F8001804F0CA000000306030001000000006A");

    private static final int SW_FUNCTION_NOT_SUPPORTED = 0x6A81;
    private static final int SW_CLA_NOT_SUPPORTED = 0x6E00;
    private static final int SW_INS_NOT_SUPPORTED = 0x6D00;
    private static final int SW_WRONG_LENGTH_BASE = 0x6C00;

    private enum Kind { FIXED, RANDOM, NO_COMMAND, NO_CLASS }

    private final Kind kind;
    private final byte[] fixedUid;
    private final SecureRandom random = new SecureRandom();
    private final AtomicInteger apdus = new AtomicInteger();
    private byte[] uid;

    private VirtualBadge(Kind kind, byte[] uid) {
        this.kind = kind;
        this.fixedUid = uid.clone();
        this.uid = uid.clone();
    }

    /** A badge with this UID (4, 7 or 10 bytes, as ISO 14443-A allows). */
    public static VirtualBadge withUid(byte[] uid) {
        Objects.requireNonNull(uid, "uid");
        if (uid.length != 4 && uid.length != 7 && uid.length != 10) {
            throw new IllegalArgumentException("an ISO 14443-A UID has 4, 7 or 10 bytes, not " + uid.length);
        }
        return new VirtualBadge(Kind.FIXED, uid);
    }

    /** A badge with this UID given in hex ("04A1B2C3D4E5F6"). */
    public static VirtualBadge withUid(String hex) {
        return withUid(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    /** A chip that draws a new random UID ({@code 08} and three random bytes) at every power-up. */
    public static VirtualBadge randomUid() {
        VirtualBadge badge = new VirtualBadge(Kind.RANDOM, new byte[4]);
        badge.reset();
        return badge;
    }

    /** A badge on a reader that does not know GET DATA: {@code 6A81}, or {@code 6E00} when {@code classRefused}. */
    public static VirtualBadge onReaderWithoutGetData(boolean classRefused) {
        return new VirtualBadge(classRefused ? Kind.NO_CLASS : Kind.NO_COMMAND, new byte[] {1, 2, 3, 4});
    }

    @Override
    public byte[] atr() {
        return CONTACTLESS_ATR.clone();
    }

    @Override
    public void reset() {
        if (kind == Kind.RANDOM) {
            byte[] fresh = new byte[4];
            random.nextBytes(fresh);
            fresh[0] = 0x08;
            uid = fresh;
        }
    }

    /** The UID the badge answers now (a random-UID chip: until its next power-up). */
    public byte[] uid() {
        return uid.clone();
    }

    /** Command APDUs answered since this badge was made. */
    public int apduCount() {
        return apdus.get();
    }

    @Override
    public byte[] process(byte[] apdu) {
        apdus.incrementAndGet();
        if (apdu.length < 4) {
            return sw(SW_CLA_NOT_SUPPORTED);
        }
        boolean getData = (apdu[0] & 0xFF) == 0xFF && (apdu[1] & 0xFF) == 0xCA;
        if (!getData) {
            return sw((apdu[0] & 0xFF) == 0xFF ? SW_FUNCTION_NOT_SUPPORTED : SW_INS_NOT_SUPPORTED);
        }
        if (kind == Kind.NO_COMMAND) {
            return sw(SW_FUNCTION_NOT_SUPPORTED);
        }
        if (kind == Kind.NO_CLASS) {
            return sw(SW_CLA_NOT_SUPPORTED);
        }
        if ((apdu[2] & 0xFF) != 0x00 || (apdu[3] & 0xFF) != 0x00) {
            return sw(SW_FUNCTION_NOT_SUPPORTED); // P1 01 (historical bytes) is not offered here
        }
        int le = apdu.length >= 5 ? apdu[4] & 0xFF : 0;
        if (le != 0 && le != uid.length) {
            return sw(SW_WRONG_LENGTH_BASE | uid.length); // 6Cxx: ask again with the UID's length
        }
        byte[] response = Arrays.copyOf(uid, uid.length + 2);
        response[uid.length] = (byte) 0x90;
        return response;
    }

    @Override
    public String label() {
        return switch (kind) {
            case FIXED -> "badge (" + fixedUid.length + "-byte UID)";
            case RANDOM -> "badge (random UID)";
            case NO_COMMAND -> "badge on a reader without GET DATA (6A81)";
            case NO_CLASS -> "badge on a reader without GET DATA (6E00)";
        };
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }
}
