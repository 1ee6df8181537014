package be.sitegate.card;

import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.card.EidFileParser.InvalidNationalNumberException;
import be.sitegate.domain.EidIdentity;
import be.sitegate.fuzz.ByteEdit;
import be.sitegate.fuzz.ByteMutations;
import be.sitegate.fuzz.Layouts;
import be.sitegate.virtualcard.VirtualCardProfile;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The identity and address file parsers (issue 18, part 5): the virtual card's files, mutated as
 * bytes or with one field's value replaced by anything, parse into a complete identity or fail with
 * {@link CorruptFileException} or {@link InvalidNationalNumberException}, the two failures the
 * reader turns into its documented read failures; never another exception, never a hang.
 */
class EidFileParserFuzzTest {

    @Property
    void aMutatedIdentityFileParsesOrIsRefused(@ForAll("identityFiles") byte[] valid,
            @ForAll("tlvEdits") List<ByteEdit> edits) throws Exception {
        parseIdentityOrRefuse(ByteMutations.apply(valid, edits));
    }

    @Property
    void anIdentityFileWithOneFieldReplacedParsesOrIsRefused(@ForAll("identityFiles") byte[] valid,
            @ForAll("tags") int tag, @ForAll("values") byte[] value) throws Exception {
        parseIdentityOrRefuse(withField(valid, tag, value));
    }

    @Property
    void aMutatedAddressFileParsesOrIsCorrupt(@ForAll("addressFiles") byte[] valid,
            @ForAll("tlvEdits") List<ByteEdit> edits) throws Exception {
        byte[] file = ByteMutations.apply(valid, edits);
        try {
            assertThat(within(() -> EidFileParser.parseAddress(file)).streetAndNumber()).isNotNull();
        } catch (CorruptFileException expected) {
            // the documented failure
        }
    }

    @Property
    void thePhotoHashOfAMutatedIdentityFileIsBytesOrCorrupt(@ForAll("identityFiles") byte[] valid,
            @ForAll("tlvEdits") List<ByteEdit> edits) throws Exception {
        byte[] file = ByteMutations.apply(valid, edits);
        try {
            assertThat(within(() -> EidFileParser.photoHash(file))).isNotNull();
        } catch (CorruptFileException expected) {
            // the documented failure
        }
    }

    private static void parseIdentityOrRefuse(byte[] file) throws Exception {
        try {
            EidIdentity identity = within(() -> EidFileParser.parseIdentity(file));
            assertThat(identity.nationalNumber()).isNotNull();
            assertThat(identity.validityBegin()).isNotNull();
            assertThat(identity.birthDate()).isNotNull();
        } catch (CorruptFileException | InvalidNationalNumberException expected) {
            // the documented failures
        }
    }

    /** The file with {@code tag}'s value replaced (or added, at the end). */
    static byte[] withField(byte[] file, int tag, byte[] value) throws CorruptFileException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean replaced = false;
        for (Map.Entry<Integer, byte[]> field : Tlv.parse(file).entrySet()) {
            boolean here = field.getKey() == tag;
            out.writeBytes(Tlv.encode(field.getKey(), here ? value : field.getValue()));
            replaced |= here;
        }
        if (!replaced) {
            out.writeBytes(Tlv.encode(tag, value));
        }
        return out.toByteArray();
    }

    @Provide
    Arbitrary<byte[]> identityFiles() {
        return CardFileSeeds.file(VirtualCardProfile.IDENTITY);
    }

    @Provide
    Arbitrary<byte[]> addressFiles() {
        return CardFileSeeds.file(VirtualCardProfile.ADDRESS);
    }

    @Provide
    Arbitrary<List<ByteEdit>> tlvEdits() {
        return ByteMutations.edits(Layouts::tlvLengths);
    }

    /** Mostly the fields the parser reads, sometimes any tag. */
    @Provide
    Arbitrary<Integer> tags() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(1, 20)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(0, 255)));
    }

    /** Any text, text shaped like the fields (dates, numbers), or any bytes (not always UTF-8). */
    @Provide
    Arbitrary<byte[]> values() {
        Arbitrary<String> shaped = Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789 .-/").ofMaxLength(20),
                Arbitraries.strings().withChars("0123456789 .JANFEVMRSAVRIUOTCDZÉÛÄéûä").ofMaxLength(20),
                Arbitraries.strings().ofMaxLength(40));
        return Arbitraries.oneOf(shaped.map(s -> s.getBytes(StandardCharsets.UTF_8)),
                Arbitraries.bytes().array(byte[].class).ofMaxSize(600));
    }
}
