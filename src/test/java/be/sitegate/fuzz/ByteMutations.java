package be.sitegate.fuzz;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of {@link ByteEdit}s, and of valid inputs changed by a few of them: the
 * "mutated" half of the fuzz inputs, which reach deeper than random bytes because most of the input
 * still follows the format.
 */
public final class ByteMutations {

    private static final int[] NO_LENGTHS = new int[0];

    private ByteMutations() {
    }

    /** One edit of any kind; {@code lengths} finds the length fields that {@link ByteEdit.LyingLength} may change. */
    public static Arbitrary<ByteEdit> edit(Function<byte[], int[]> lengths) {
        Arbitrary<Integer> at = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Integer> small = Arbitraries.integers().between(1, 300);
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Combinators.combine(at, Arbitraries.integers().between(0, 7)).as(ByteEdit.Flip::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(at, interestingByte()).as(ByteEdit.Overwrite::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(at, small).as(ByteEdit.Cut::new)),
                net.jqwik.api.Tuple.of(1, at.map(ByteEdit.Truncate::new)),
                net.jqwik.api.Tuple.of(2, Combinators.combine(at, interestingByte().array(byte[].class).ofMinSize(1)
                        .ofMaxSize(300)).as(ByteEdit.Insert::new)),
                net.jqwik.api.Tuple.of(1, Combinators.combine(at, small).as(ByteEdit.Repeat::new)),
                net.jqwik.api.Tuple.of(4, Combinators.combine(at, interestingByte().map(b -> b & 0xFF))
                        .as((which, value) -> new ByteEdit.LyingLength(which, value, lengths))));
    }

    public static Arbitrary<ByteEdit> edit() {
        return edit(ByteMutations::noLengths);
    }

    /** 1 to 4 edits. */
    public static Arbitrary<List<ByteEdit>> edits(Function<byte[], int[]> lengths) {
        return edit(lengths).list().ofMinSize(1).ofMaxSize(4);
    }

    /** {@code valid} changed by 1 to 4 edits; may come out unchanged (an edit can undo another). */
    public static Arbitrary<byte[]> mutated(byte[] valid, Function<byte[], int[]> lengths) {
        return edits(lengths).map(list -> apply(valid, list));
    }

    /** {@code valid} changed by 1 to 4 edits, never equal to it. */
    public static Arbitrary<byte[]> changed(byte[] valid, Function<byte[], int[]> lengths) {
        return mutated(valid, lengths).filter(m -> !Arrays.equals(m, valid));
    }

    public static byte[] apply(byte[] valid, List<ByteEdit> edits) {
        byte[] out = valid;
        for (ByteEdit e : edits) {
            out = e.apply(out);
        }
        return out;
    }

    /** Mostly any byte, often the ones parsers treat specially (0, 0xFF, the DER and TLV markers). */
    public static Arbitrary<Byte> interestingByte() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.bytes()),
                net.jqwik.api.Tuple.of(1, Arbitraries.of((byte) 0, (byte) 0xFF, (byte) 0x30, (byte) 0x80, (byte) 0x81,
                        (byte) 0x82, (byte) 0x7F, (byte) 0xFE, (byte) 1)));
    }

    /** For arbitraries that need no length layout. */
    public static int[] noLengths(byte[] ignored) {
        return NO_LENGTHS;
    }
}
