package be.sitegate.virtualcard;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The card logic of the virtual BELPIC card: its file system and the APDUs a reader sends (SELECT
 * FILE by path, by file id and by AID; READ BINARY; GET CARD DATA; INTERNAL AUTHENTICATE with the
 * basic key of applet 1.8, answered through GET RESPONSE as on T=0). Transport-free: the vpcd client
 * and the in-process {@code javax.smartcardio} terminal both feed it command APDUs. Short APDUs
 * only, as on the real card. Not thread-safe; a card talks to one reader at a time.
 */
public final class BelpicCard implements VirtualCard {

    /** Status words, named as in ISO 7816-4. */
    static final int SW_OK = 0x9000;
    static final int SW_WRONG_LENGTH = 0x6700;
    static final int SW_CONDITIONS_NOT_SATISFIED = 0x6985;
    static final int SW_NO_CURRENT_EF = 0x6986;
    static final int SW_WRONG_DATA = 0x6A80;
    static final int SW_REFERENCED_DATA_NOT_FOUND = 0x6A88;
    static final int SW_FILE_NOT_FOUND = 0x6A82;
    static final int SW_WRONG_P1P2 = 0x6A86;
    static final int SW_LC_INCONSISTENT = 0x6A87;
    static final int SW_OFFSET_BEYOND_END = 0x6B00;
    /** The same code as answered to INTERNAL AUTHENTICATE: wrong P1-P2 (algorithm or key reference). */
    static final int SW_WRONG_PARAMETERS = 0x6B00;
    static final int SW_INS_NOT_SUPPORTED = 0x6D00;
    static final int SW_CLA_NOT_SUPPORTED = 0x6E00;

    private static final String MF = "3F00";
    /** AIDs of the PKCS#15 DF (DF00), the identity-files DF (DF01) and the BELPIC applet itself. */
    private static final String AID_PKCS15 = "A000000177504B43532D3135";
    private static final String AID_ID_FILES = "A000000177496446696C6573";
    private static final String AID_BELPIC = "A00000003029057000AD13100101FF";

    private final VirtualCardProfile profile;
    /**
     * INTERNAL AUTHENTICATE with the basic key is allowed this many times in the card's life; then it
     * answers 6985 until a PIN is verified (this card has no PIN: it stays blocked).
     */
    public static final int CHALLENGE_LIMIT = 5000;
    /** Private key reference of the basic key, and the tag of the challenge in the command data. */
    private static final int BASIC_KEY = 0x81;
    private static final int CHALLENGE_TAG = 0x94;

    private final AtomicInteger apdus = new AtomicInteger();
    private final AtomicInteger challengesReceived = new AtomicInteger();
    private int challengesSigned;
    private byte[] lastChallenge = new byte[0];
    /** A T=0 answer waiting for GET RESPONSE; any other command discards it. */
    private byte[] pendingResponse;
    private String currentDf = MF;
    private String currentEf;

    public BelpicCard(VirtualCardProfile profile) {
        this.profile = profile;
    }

    public VirtualCardProfile profile() {
        return profile;
    }

    public byte[] atr() {
        return profile.atr();
    }

    /** Command APDUs processed since this card object was made (all transports, all resets). */
    public int apduCount() {
        return apdus.get();
    }

    /** INTERNAL AUTHENTICATE commands received since this card object was made, answered or not. */
    public int challengeCount() {
        return challengesReceived.get();
    }

    /** The challenge of the last INTERNAL AUTHENTICATE the card signed (empty before any). */
    public byte[] lastChallenge() {
        return lastChallenge.clone();
    }

    /** The card has already signed {@code count} challenges in its life (to test the limit without 5,000 signatures). */
    public void assumeChallengesSigned(int count) {
        challengesSigned = count;
    }

    /** Power on or reset: back to the master file, nothing selected. The challenge count survives, as on the chip. */
    public void reset() {
        currentDf = MF;
        currentEf = null;
        pendingResponse = null;
    }

    /** Processes one command APDU and returns the response APDU (data + SW1 SW2). */
    public byte[] process(byte[] apdu) {
        apdus.incrementAndGet();
        if (apdu.length < 4) {
            return sw(SW_WRONG_LENGTH);
        }
        int cla = apdu[0] & 0xFF;
        int ins = apdu[1] & 0xFF;
        int p1 = apdu[2] & 0xFF;
        int p2 = apdu[3] & 0xFF;
        byte[] pending = pendingResponse;
        pendingResponse = null;
        Body body = Body.of(apdu);
        if (body == null) {
            return sw(SW_WRONG_LENGTH);
        }
        if (cla == 0x00) {
            return switch (ins) {
                case 0xA4 -> select(p1, p2, body);
                case 0xB0 -> readBinary(p1, p2, body);
                case 0x88 -> internalAuthenticate(p1, p2, body);
                case 0xC0 -> getResponse(p1, p2, body, pending);
                default -> sw(SW_INS_NOT_SUPPORTED);
            };
        }
        if (cla == 0x80) {
            return ins == 0xE4 ? getCardData(p1, p2, body) : sw(SW_INS_NOT_SUPPORTED);
        }
        return sw(SW_CLA_NOT_SUPPORTED);
    }

    private byte[] select(int p1, int p2, Body body) {
        if (p2 != 0x0C && p2 != 0x00) {
            return sw(SW_WRONG_P1P2);
        }
        String data = HexFormat.of().withUpperCase().formatHex(body.data);
        return switch (p1) {
            case 0x08 -> selectPath(data);
            case 0x00, 0x01, 0x02 -> body.data.length == 2 ? selectId(data) : sw(SW_LC_INCONSISTENT);
            case 0x04 -> selectAid(data);
            default -> sw(SW_WRONG_P1P2);
        };
    }

    /** P1=08: path from the master file, with or without the leading 3F00. */
    private byte[] selectPath(String path) {
        if (path.isEmpty() || path.length() % 4 != 0) {
            return sw(SW_LC_INCONSISTENT);
        }
        String full = path.startsWith(MF) ? path : MF + path;
        return selectFull(full);
    }

    /** P1=00/01/02: one file id, relative to the current DF (3F00 and DF siblings too). */
    private byte[] selectId(String fid) {
        if (fid.equals(MF)) {
            return selectFull(MF);
        }
        if (isDf(currentDf + fid)) {
            return selectFull(currentDf + fid);
        }
        if (profile.files().containsKey(currentDf + fid)) {
            return selectFull(currentDf + fid);
        }
        if (isDf(MF + fid)) {
            return selectFull(MF + fid);
        }
        return sw(SW_FILE_NOT_FOUND);
    }

    private byte[] selectAid(String aid) {
        return switch (aid) {
            case AID_PKCS15 -> selectFull(MF + "DF00");
            case AID_ID_FILES -> selectFull(MF + "DF01");
            case AID_BELPIC -> selectFull(MF);
            default -> sw(SW_FILE_NOT_FOUND);
        };
    }

    private byte[] selectFull(String full) {
        if (isDf(full)) {
            currentDf = full;
            currentEf = null;
            return sw(SW_OK);
        }
        if (profile.files().containsKey(full)) {
            currentDf = full.substring(0, full.length() - 4);
            currentEf = full;
            return sw(SW_OK);
        }
        return sw(SW_FILE_NOT_FOUND);
    }

    private boolean isDf(String path) {
        if (path.equals(MF)) {
            return true;
        }
        String prefix = path.toUpperCase(Locale.ROOT);
        return profile.files().keySet().stream()
                .anyMatch(file -> file.length() > prefix.length() && file.startsWith(prefix));
    }

    private byte[] readBinary(int p1, int p2, Body body) {
        if ((p1 & 0x80) != 0) {
            return sw(SW_WRONG_P1P2); // short EF id addressing is not used by this card
        }
        if (body.data.length != 0 || body.le < 0) {
            return sw(SW_WRONG_LENGTH);
        }
        if (currentEf == null) {
            return sw(SW_NO_CURRENT_EF);
        }
        byte[] file = profile.files().get(currentEf);
        int offset = (p1 << 8) | p2;
        if (offset >= file.length) {
            return sw(SW_OFFSET_BEYOND_END);
        }
        int remaining = file.length - offset;
        int wanted = body.le == 0 ? 256 : body.le;
        if (wanted > remaining) {
            return sw(0x6C00 | remaining); // wrong Le: xx bytes available
        }
        return withSw(Arrays.copyOfRange(file, offset, offset + wanted), SW_OK);
    }

    /**
     * {@code 00 88 P1 81 Lc 94 len CHL}: the basic key signs CHL as an already computed hash (no
     * hashing, no padding, no PIN, no MSE SET) and the plain {@code r || s} is held for GET
     * RESPONSE, announced by {@code 61xx} as a T=0 card does. P1 is the algorithm reference (01
     * SHA-256, 02 SHA-384, 04 SHA-512), which must be the one of the key's curve, and CHL as long.
     */
    private byte[] internalAuthenticate(int p1, int p2, Body body) {
        challengesReceived.incrementAndGet();
        int length = switch (p1) {
            case 0x01 -> 32;
            case 0x02 -> 48;
            case 0x04 -> 64;
            default -> -1;
        };
        if (length < 0 || p2 != BASIC_KEY) {
            return sw(SW_WRONG_PARAMETERS);
        }
        if (profile.basicKey().isEmpty()) {
            return sw(SW_REFERENCED_DATA_NOT_FOUND);
        }
        PrivateKey key = profile.basicKey().get();
        if (length != hashLengthOf(key)) {
            return sw(SW_WRONG_PARAMETERS); // an algorithm this key does not do
        }
        if (challengesSigned >= CHALLENGE_LIMIT) {
            return sw(SW_CONDITIONS_NOT_SATISFIED);
        }
        byte[] data = body.data;
        if (data.length != 2 + length || (data[0] & 0xFF) != CHALLENGE_TAG || (data[1] & 0xFF) != length) {
            return sw(SW_WRONG_DATA);
        }
        byte[] rs;
        try {
            Signature signer = Signature.getInstance("NONEwithECDSAinP1363Format");
            signer.initSign(key);
            signer.update(data, 2, length);
            rs = signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the virtual card cannot sign with its basic key", e);
        }
        challengesSigned++;
        lastChallenge = Arrays.copyOfRange(data, 2, 2 + length);
        pendingResponse = rs;
        return sw(0x6100 | rs.length);
    }

    /** The hash length the key's curve calls for: 32, 48 or 64 bytes for P-256, P-384, P-521. */
    private static int hashLengthOf(PrivateKey key) {
        if (!(key instanceof ECPrivateKey ec)) {
            return -1;
        }
        return switch (ec.getParams().getCurve().getField().getFieldSize()) {
            case 256 -> 32;
            case 384 -> 48;
            case 521 -> 64;
            default -> -1;
        };
    }

    /** The answer waiting since the previous command: Le bytes of it, the rest announced by {@code 61xx}. */
    private byte[] getResponse(int p1, int p2, Body body, byte[] pending) {
        if (pending == null) {
            return sw(SW_CONDITIONS_NOT_SATISFIED);
        }
        if (p1 != 0 || p2 != 0) {
            pendingResponse = pending;
            return sw(SW_WRONG_P1P2);
        }
        if (body.data.length != 0 || body.le < 0) {
            pendingResponse = pending;
            return sw(SW_WRONG_LENGTH);
        }
        int wanted = body.le == 0 ? 256 : body.le;
        if (wanted > pending.length) {
            pendingResponse = pending;
            return sw(0x6C00 | pending.length);
        }
        if (wanted < pending.length) {
            pendingResponse = Arrays.copyOfRange(pending, wanted, pending.length);
            return withSw(Arrays.copyOf(pending, wanted), 0x6100 | Math.min(0xFF, pending.length - wanted));
        }
        return withSw(pending, SW_OK);
    }

    /** 28 bytes: chip serial, component/OS/softmask versions, applet version at index 21, life cycle. */
    private byte[] getCardData(int p1, int p2, Body body) {
        if (p1 != 0 || p2 != 0) {
            return sw(SW_WRONG_P1P2);
        }
        if (body.le != 0x1C) {
            return sw(0x6C1C);
        }
        byte[] data = new byte[28];
        byte[] chip = profile.file(VirtualCardProfile.IDENTITY);
        System.arraycopy(chip, Math.max(0, chip.length - 16), data, 0, 16);
        data[16] = (byte) 0xD0; // component code
        data[17] = 0x21; // OS number
        data[18] = 0x01; // OS version
        data[19] = 0x01; // softmask number
        data[20] = 0x01; // softmask version
        data[21] = (byte) profile.appletVersion();
        data[22] = 0x00;
        data[23] = 0x01; // global OS version
        data[24] = 0x01; // applet interface version
        data[25] = 0x01; // PKCS#1 support
        data[26] = 0x01; // key exchange version
        data[27] = 0x0F; // life cycle: activated
        return withSw(data, SW_OK);
    }

    private static byte[] sw(int sw) {
        return new byte[] {(byte) (sw >> 8), (byte) sw};
    }

    private static byte[] withSw(byte[] data, int sw) {
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) (sw >> 8);
        out[data.length + 1] = (byte) sw;
        return out;
    }

    /** The body of a short APDU: command data and Le (-1 when absent). Null when malformed. */
    private record Body(byte[] data, int le) {
        static Body of(byte[] apdu) {
            int n = apdu.length;
            if (n == 4) {
                return new Body(new byte[0], -1);
            }
            int first = apdu[4] & 0xFF;
            if (n == 5) {
                return new Body(new byte[0], first);
            }
            if (first == 0 || n < 5 + first || n > 6 + first) {
                return null;
            }
            byte[] data = Arrays.copyOfRange(apdu, 5, 5 + first);
            return new Body(data, n == 6 + first ? apdu[5 + first] & 0xFF : -1);
        }
    }

    @Override
    public String label() {
        return profile.name();
    }
}
