package be.sitegate.card;

import java.io.ByteArrayOutputStream;
import javax.smartcardio.CardChannel;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;

/**
 * SELECT FILE and chunked READ BINARY over one card channel, with the fewest APDUs the file's
 * shape allows: it stops on a short chunk, at a known length (certificates by their DER length,
 * RSA signatures by the key size) or at {@code 6B00}. It handles {@code 6Cxx} and {@code 61xx}
 * itself in case the transport does not, checks the deadline before every APDU and counts them.
 */
final class ApduExchange {

    private static final int CHUNK = 256;
    private static final int MAX_FILE = 0x7FFF;

    private final CardChannel channel;
    private final Deadline deadline;
    private int apdus;

    ApduExchange(CardChannel channel, Deadline deadline) {
        this.channel = channel;
        this.deadline = deadline;
    }

    /** Command APDUs sent so far through this exchange. */
    int apduCount() {
        return apdus;
    }

    /** SELECT FILE by path from the master file, no FCI wanted. A missing file means "not an eID". */
    void select(EidFile file) throws CardReadException, CardException {
        byte[] path = file.path();
        byte[] apdu = new byte[5 + path.length];
        apdu[1] = (byte) 0xA4;
        apdu[2] = 0x08;
        apdu[3] = 0x0C;
        apdu[4] = (byte) path.length;
        System.arraycopy(path, 0, apdu, 5, path.length);
        ResponseAPDU r = transmit(apdu);
        if (r.getSW() == 0x6A82) {
            throw new CardReadException(ReadFailure.NOT_AN_EID, "file " + file + " not found");
        }
        if (r.getSW() != 0x9000) {
            throw new CardReadException(ReadFailure.CARD_ERROR, "SELECT " + file + " refused: " + sw(r));
        }
    }

    /** Reads the selected file; {@code knownLength} below 0 means unknown. */
    byte[] read(FileShape shape, int knownLength) throws CardReadException, CardException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int expected = knownLength;
        int offset = 0;
        while (expected < 0 || offset < expected) {
            if (offset > MAX_FILE) {
                throw new CardReadException(ReadFailure.CORRUPT_FILE, "file longer than READ BINARY can address");
            }
            int le = expected < 0 ? CHUNK : Math.min(CHUNK, expected - offset);
            ResponseAPDU r = transmit(new byte[] {0x00, (byte) 0xB0, (byte) (offset >> 8), (byte) offset,
                    (byte) (le == CHUNK ? 0 : le)});
            if (r.getSW() == 0x6B00) {
                break; // offset at the end: the length was an exact multiple of the chunk
            }
            if (r.getSW() != 0x9000) {
                throw new CardReadException(ReadFailure.CARD_ERROR, "READ BINARY refused: " + sw(r));
            }
            byte[] data = r.getData();
            out.write(data, 0, data.length);
            offset += data.length;
            if (expected < 0 && shape == FileShape.DER && offset >= 4) {
                expected = derTotalLength(out.toByteArray());
            }
            if (data.length < le || data.length == 0) {
                break; // a short chunk is the end of the file
            }
        }
        byte[] all = out.toByteArray();
        return expected >= 0 && all.length > expected ? java.util.Arrays.copyOf(all, expected) : all;
    }

    /** Any other command (INTERNAL AUTHENTICATE), with the same {@code 6Cxx} / {@code 61xx} handling and count. */
    ResponseAPDU command(byte[] apdu) throws CardReadException, CardException {
        return transmit(apdu);
    }

    /** One command; {@code 6Cxx} is re-sent with Le=xx and {@code 61xx} followed by GET RESPONSE. */
    private ResponseAPDU transmit(byte[] command) throws CardReadException, CardException {
        ResponseAPDU r = send(command);
        if (r.getSW1() == 0x6C && command.length == 5) {
            byte[] again = command.clone();
            again[4] = (byte) r.getSW2();
            r = send(again);
        }
        if (r.getSW1() == 0x61) {
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            while (r.getSW1() == 0x61) {
                data.writeBytes(r.getData());
                r = send(new byte[] {0x00, (byte) 0xC0, 0x00, 0x00, (byte) r.getSW2()});
            }
            data.writeBytes(r.getBytes());
            r = new ResponseAPDU(data.toByteArray());
        }
        return r;
    }

    private ResponseAPDU send(byte[] command) throws CardReadException, CardException {
        deadline.check();
        apdus++;
        try {
            return channel.transmit(new CommandAPDU(command));
        } catch (IllegalArgumentException e) {
            // The JDK builds a ResponseAPDU from whatever came back; a card pulled mid-command
            // can leave an empty answer, which ResponseAPDU refuses with this exception.
            throw new CardException("no valid response APDU", e);
        }
    }

    /**
     * The total length of a DER structure from its header; 0 for an all-zero (absent) certificate
     * file; -1 when the header is not DER, so the caller reads to the end instead.
     */
    static int derTotalLength(byte[] head) {
        if (head.length < 2) {
            return -1;
        }
        if (head[0] == 0) {
            return 0;
        }
        if (head[0] != 0x30) {
            return -1;
        }
        int first = head[1] & 0xFF;
        if (first < 0x80) {
            return 2 + first;
        }
        int bytes = first & 0x7F;
        if (bytes < 1 || bytes > 2 || head.length < 2 + bytes) {
            return -1;
        }
        int length = 0;
        for (int i = 0; i < bytes; i++) {
            length = (length << 8) | (head[2 + i] & 0xFF);
        }
        return 2 + bytes + length;
    }

    private static String sw(ResponseAPDU r) {
        return String.format("%04X", r.getSW());
    }

    /** How the end of a file is found. */
    enum FileShape {
        /** Read until a short chunk or 6B00 (TLV files, padded EC signatures, the photo). */
        TO_THE_END,
        /** A DER structure followed by zero padding (certificate files). */
        DER
    }
}
