package be.sitegate.virtualcard;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The card logic of the virtual BELPIC card: its file system and the APDUs a reader sends (SELECT
 * FILE by path, by file id and by AID; READ BINARY; GET CARD DATA). Transport-free: the vpcd client
 * and the in-process {@code javax.smartcardio} terminal both feed it command APDUs. Short APDUs
 * only, as on the real card. Not thread-safe; a card talks to one reader at a time.
 */
public final class BelpicCard implements VirtualCard {

    /** Status words, named as in ISO 7816-4. */
    static final int SW_OK = 0x9000;
    static final int SW_WRONG_LENGTH = 0x6700;
    static final int SW_NO_CURRENT_EF = 0x6986;
    static final int SW_FILE_NOT_FOUND = 0x6A82;
    static final int SW_WRONG_P1P2 = 0x6A86;
    static final int SW_LC_INCONSISTENT = 0x6A87;
    static final int SW_OFFSET_BEYOND_END = 0x6B00;
    static final int SW_INS_NOT_SUPPORTED = 0x6D00;
    static final int SW_CLA_NOT_SUPPORTED = 0x6E00;

    private static final String MF = "3F00";
    /** AIDs of the PKCS#15 DF (DF00), the identity-files DF (DF01) and the BELPIC applet itself. */
    private static final String AID_PKCS15 = "A000000177504B43532D3135";
    private static final String AID_ID_FILES = "A000000177496446696C6573";
    private static final String AID_BELPIC = "A00000003029057000AD13100101FF";

    private final VirtualCardProfile profile;
    private final AtomicInteger apdus = new AtomicInteger();
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

    /** Power on or reset: back to the master file, nothing selected. */
    public void reset() {
        currentDf = MF;
        currentEf = null;
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
        Body body = Body.of(apdu);
        if (body == null) {
            return sw(SW_WRONG_LENGTH);
        }
        if (cla == 0x00) {
            return switch (ins) {
                case 0xA4 -> select(p1, p2, body);
                case 0xB0 -> readBinary(p1, p2, body);
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
