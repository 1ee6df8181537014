package be.sitegate.fuzz;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * One change to a byte string, the kind a worn card, a broken transport or a forger makes: a bit
 * flipped, a byte overwritten, bytes cut or inserted, a slice repeated, the end lost, a length field
 * that lies. Positions are taken modulo the current length, so a list of edits applies to any input
 * and shrinks to a small one; {@code toString} is the edit, for the failure report.
 */
public sealed interface ByteEdit {

    byte[] apply(byte[] in);

    record Flip(int at, int bit) implements ByteEdit {
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            out[Math.floorMod(at, in.length)] ^= (byte) (1 << Math.floorMod(bit, 8));
            return out;
        }
    }

    record Overwrite(int at, byte value) implements ByteEdit {
        public byte[] apply(byte[] in) {
            if (in.length == 0) {
                return in;
            }
            byte[] out = in.clone();
            out[Math.floorMod(at, in.length)] = value;
            return out;
        }
    }

    record Cut(int at, int count) implements ByteEdit {
        public byte[] apply(byte[] in) {
            int from = Math.floorMod(at, in.length + 1);
            int to = Math.min(in.length, from + count);
            byte[] out = Arrays.copyOf(in, in.length - (to - from));
            System.arraycopy(in, to, out, from, in.length - to);
            return out;
        }
    }

    record Truncate(int at) implements ByteEdit {
        public byte[] apply(byte[] in) {
            return Arrays.copyOf(in, Math.floorMod(at, in.length + 1));
        }
    }

    record Insert(int at, byte[] bytes) implements ByteEdit {
        public byte[] apply(byte[] in) {
            int pos = Math.floorMod(at, in.length + 1);
            byte[] out = new byte[in.length + bytes.length];
            System.arraycopy(in, 0, out, 0, pos);
            System.arraycopy(bytes, 0, out, pos, bytes.length);
            System.arraycopy(in, pos, out, pos + bytes.length, in.length - pos);
            return out;
        }

        @Override
        public String toString() {
            return "Insert[at=" + at + ", bytes=" + HexFormat.of().formatHex(bytes) + "]";
        }
    }

    /** A slice of the input repeated right after itself: a repeated field, a chunk read twice. */
    record Repeat(int at, int count) implements ByteEdit {
        public byte[] apply(byte[] in) {
            int from = Math.floorMod(at, in.length + 1);
            int to = Math.min(in.length, from + count);
            return new Insert(to, Arrays.copyOfRange(in, from, to)).apply(in);
        }
    }

    /**
     * A length field that lies: one of the offsets {@code lengths} finds in the current bytes (TLV or
     * DER length bytes) set to another value, so the structure claims more or less than it holds.
     */
    record LyingLength(int which, int value, Function<byte[], int[]> lengths) implements ByteEdit {
        public byte[] apply(byte[] in) {
            int[] offsets = lengths.apply(in);
            if (offsets.length == 0) {
                return new Overwrite(which, (byte) value).apply(in); // no length found: any byte may be one
            }
            byte[] out = in.clone();
            out[offsets[Math.floorMod(which, offsets.length)]] = (byte) value;
            return out;
        }

        @Override
        public String toString() {
            return "LyingLength[which=" + which + ", value=" + (value & 0xFF) + "]";
        }
    }
}
