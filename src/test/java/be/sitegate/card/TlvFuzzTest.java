package be.sitegate.card;

import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.fuzz.ByteEdit;
import be.sitegate.fuzz.ByteMutations;
import be.sitegate.fuzz.Layouts;
import be.sitegate.virtualcard.VirtualCardProfile;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The TLV of the identity and address files (issue 18, part 5): random bytes and the virtual card's
 * files with flipped, cut, inserted and repeated bytes and lengths that lie parse, or fail with
 * {@link CorruptFileException}; nothing else is thrown and no input hangs. What does parse is what
 * the bytes say: each value lies inside the file.
 */
class TlvFuzzTest {

    @Property
    void anyBytesParseOrAreCorrupt(@ForAll("anyBytes") byte[] file) throws Exception {
        parseOrCorrupt(file);
    }

    @Property
    void aMutatedCardFileParsesOrIsCorrupt(@ForAll("cardFiles") byte[] valid,
            @ForAll("tlvEdits") List<ByteEdit> edits) throws Exception {
        parseOrCorrupt(ByteMutations.apply(valid, edits));
    }

    @Property
    void encodedFieldsParseBackToThemselves(@ForAll("fields") Map<Integer, byte[]> fields) throws Exception {
        java.io.ByteArrayOutputStream file = new java.io.ByteArrayOutputStream();
        fields.forEach((tag, value) -> file.writeBytes(Tlv.encode(tag, value)));
        // Trailing zeros are padding by the format, so a last value ending in zeros is not expected back whole.
        file.writeBytes(Tlv.encode(0xFE, new byte[] {1}));
        Map<Integer, byte[]> parsed = within(() -> Tlv.parse(file.toByteArray()));
        assertThat(parsed.keySet()).containsAll(fields.keySet());
        fields.forEach((tag, value) -> assertThat(parsed.get(tag)).isEqualTo(value));
    }

    /**
     * A length that lies the most it can: 255-continuation bytes summing past an int. Before, the sum
     * overflowed to a negative length that passed the bounds check and Arrays.copyOfRange threw
     * IllegalArgumentException, which the reader would have reported as a PC/SC error. Found while
     * writing the lying-length edits, not by a random input: no generated file is 8 MB of 0xFF.
     */
    @net.jqwik.api.Example
    void aLengthPastTwoGigabytesIsCorruptNotAnOverflow() throws Exception {
        byte[] file = new byte[1 + 8_500_000 + 1];
        java.util.Arrays.fill(file, (byte) 0xFF);
        file[0] = 7;
        file[file.length - 1] = 1;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> within(() -> Tlv.parse(file)))
                .isInstanceOf(CorruptFileException.class);
    }

    private static void parseOrCorrupt(byte[] file) throws Exception {
        try {
            Map<Integer, byte[]> fields = within(() -> Tlv.parse(file));
            int total = fields.values().stream().mapToInt(v -> v.length).sum();
            assertThat(total).as("values fit in the file").isLessThanOrEqualTo(file.length);
            assertThat(fields).doesNotContainKey(0);
        } catch (CorruptFileException expected) {
            assertThat(expected).hasMessageStartingWith("TLV ");
        }
    }

    @Provide
    Arbitrary<byte[]> anyBytes() {
        return Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    }

    @Provide
    Arbitrary<byte[]> cardFiles() {
        return Arbitraries.oneOf(CardFileSeeds.file(VirtualCardProfile.IDENTITY),
                CardFileSeeds.file(VirtualCardProfile.ADDRESS));
    }

    @Provide
    Arbitrary<List<ByteEdit>> tlvEdits() {
        return ByteMutations.edits(Layouts::tlvLengths);
    }

    @Provide
    Arbitrary<Map<Integer, byte[]>> fields() {
        return Arbitraries.maps(Arbitraries.integers().between(1, 0xFD),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(800)).ofMaxSize(12);
    }
}
