package be.sitegate.card;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The simple TLV of the eID identity and address files: a 1-byte tag, a length, the value. The
 * length is one byte below 255; a 255 byte adds 255 and another length byte follows (the card
 * specification's scheme). Tag 0 (file structure version) is skipped; trailing zero bytes are
 * padding, not data.
 */
public final class Tlv {

    private Tlv() {
    }

    /** Values by tag in file order; a repeated tag keeps its first value. */
    public static Map<Integer, byte[]> parse(byte[] file) throws CorruptFileException {
        Map<Integer, byte[]> fields = new LinkedHashMap<>();
        int pos = 0;
        while (pos < file.length && !onlyZerosFrom(file, pos)) {
            int tag = file[pos++] & 0xFF;
            // long: a run of 255-continuation bytes (a length that lies) must not wrap past the bounds check.
            long length = 0;
            int lengthByte;
            do {
                if (pos >= file.length) {
                    throw new CorruptFileException("TLV length missing for tag " + tag);
                }
                lengthByte = file[pos++] & 0xFF;
                length += lengthByte;
            } while (lengthByte == 0xFF);
            if (length > file.length - pos) {
                throw new CorruptFileException("TLV value of tag " + tag + " runs past the end of the file");
            }
            if (tag != 0) {
                fields.putIfAbsent(tag, Arrays.copyOfRange(file, pos, pos + (int) length));
            }
            pos += (int) length;
        }
        return Collections.unmodifiableMap(fields);
    }

    /** Encodes one field with the same length scheme (used by the virtual card and tests). */
    public static byte[] encode(int tag, byte[] value) {
        int n = value.length;
        byte[] out = new byte[1 + n / 255 + 1 + n];
        int pos = 0;
        out[pos++] = (byte) tag;
        int rest = n;
        while (rest >= 255) {
            out[pos++] = (byte) 0xFF;
            rest -= 255;
        }
        out[pos++] = (byte) rest;
        System.arraycopy(value, 0, out, pos, n);
        return out;
    }

    /** The data without its trailing zero padding (the address signature covers exactly that). */
    public static byte[] trimTrailingZeros(byte[] data) {
        int end = data.length;
        while (end > 0 && data[end - 1] == 0) {
            end--;
        }
        return Arrays.copyOf(data, end);
    }

    private static boolean onlyZerosFrom(byte[] data, int from) {
        for (int i = from; i < data.length; i++) {
            if (data[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
