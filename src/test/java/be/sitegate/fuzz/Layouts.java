package be.sitegate.fuzz;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the length fields of a byte string are, read tolerantly (it may already be damaged), so that
 * {@link ByteEdit.LyingLength} hits a length and not just any byte. Written for the fuzz tests, not a
 * second parser: it stops at the first thing it cannot follow.
 */
public final class Layouts {

    private Layouts() {
    }

    /** The length bytes of the eID files' simple TLV (1-byte tag, lengths of 255 continued). */
    public static int[] tlvLengths(byte[] file) {
        List<Integer> out = new ArrayList<>();
        int pos = 0;
        while (pos + 1 < file.length) {
            pos++; // tag
            int length = 0;
            int b;
            do {
                out.add(pos);
                b = file[pos++] & 0xFF;
                length += b;
            } while (b == 0xFF && pos < file.length);
            pos += length;
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The length bytes of every DER element reachable from the start (certificates, ECDSA signatures). */
    public static int[] derLengths(byte[] der) {
        List<Integer> out = new ArrayList<>();
        der(der, 0, der.length, out, 0);
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    private static void der(byte[] b, int from, int to, List<Integer> out, int depth) {
        int pos = from;
        while (pos + 1 < to && depth < 12) {
            int tag = b[pos] & 0xFF;
            int lengthAt = pos + 1;
            int first = b[lengthAt] & 0xFF;
            int header = 2;
            int length = first;
            if (first >= 0x80) {
                int n = first & 0x7F;
                if (n < 1 || n > 3 || lengthAt + n >= to) {
                    return;
                }
                length = 0;
                for (int i = 1; i <= n; i++) {
                    length = (length << 8) | (b[lengthAt + i] & 0xFF);
                }
                header = 2 + n;
            }
            out.add(lengthAt);
            int end = pos + header + length;
            if (end > to || end < pos) {
                return;
            }
            if ((tag & 0x20) != 0) {
                der(b, pos + header, end, out, depth + 1);
            }
            pos = end;
        }
    }
}
