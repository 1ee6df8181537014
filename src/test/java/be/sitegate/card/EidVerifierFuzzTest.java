package be.sitegate.card;

import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.card.EidFileParser.InvalidNationalNumberException;
import be.sitegate.domain.EidIdentity;
import be.sitegate.fuzz.ByteEdit;
import be.sitegate.fuzz.ByteMutations;
import be.sitegate.fuzz.Layouts;
import be.sitegate.virtualcard.VirtualCardPki;
import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * The card verification (issue 18, part 5): the files of an authentic virtual card, with one or
 * more of them (identity, its signature, address, its signature, the RRN certificate) flipped, cut,
 * extended or given lying lengths, never verify as authentic unless what the signatures cover is
 * unchanged; and when it is unchanged (only padding moved), the card still verifies. The verifier
 * only ever answers; it throws nothing.
 */
class EidVerifierFuzzTest {

    private static final EidVerifier VERIFIER = new EidVerifier(List.of(VirtualCardPki.testRoot()), EidReaderTest.JUNE_2026);

    /** Which of a card's files an input changes. */
    enum Part {
        IDENTITY(VirtualCardProfile.IDENTITY, Layouts::tlvLengths),
        IDENTITY_SIGNATURE(VirtualCardProfile.IDENTITY_SIGNATURE, Layouts::derLengths),
        ADDRESS(VirtualCardProfile.ADDRESS, Layouts::tlvLengths),
        ADDRESS_SIGNATURE(VirtualCardProfile.ADDRESS_SIGNATURE, Layouts::derLengths),
        RRN_CERTIFICATE(VirtualCardProfile.RRN_CERTIFICATE, Layouts::derLengths);

        final String path;
        final Function<byte[], int[]> lengths;

        Part(String path, Function<byte[], int[]> lengths) {
            this.path = path;
            this.lengths = lengths;
        }
    }

    /** One change: a part and the edits made to it. */
    record Change(Part part, List<ByteEdit> edits) {
    }

    @Property
    void changedSignedContentIsNeverAuthentic(@ForAll("authenticProfiles") String profile,
            @ForAll("changes") List<Change> changes) throws Exception {
        VirtualCardProfile valid = VirtualCardProfiles.named(profile);
        EidFiles original = files(valid);
        EidFiles mutated = files(apply(valid, changes));
        boolean ec = valid.appletVersion() == 0x18;
        EidIdentity identity;
        try {
            identity = EidFileParser.parseIdentity(mutated.identity());
        } catch (CorruptFileException | InvalidNationalNumberException refused) {
            Statistics.label("outcome").collect("identity refused by the parser");
            return; // the reader fails such a read (CORRUPT_FILE, INVALID_NATIONAL_NUMBER): nothing to verify
        }
        Verification verdict = within(() -> VERIFIER.verify(mutated, identity));
        boolean sameContent = SignedContent.of(mutated, ec).sameAs(SignedContent.of(original, ec));
        Statistics.label("outcome").collect(sameContent ? "only padding changed"
                : verdict.reason().map(Enum::name).orElse("AUTHENTIC"));
        if (sameContent) {
            assertThat(verdict.isAuthentic()).as("padding alone does not make a card a forgery: %s", verdict).isTrue();
        } else {
            assertThat(verdict.isAuthentic()).as("changed signed content verified: %s", verdict).isFalse();
        }
    }

    @Property
    void aChangedPhotoNeverMatchesItsHash(@ForAll("authenticProfiles") String profile,
            @ForAll("photoEdits") List<ByteEdit> edits) throws Exception {
        VirtualCardProfile valid = VirtualCardProfiles.named(profile);
        byte[] photo = valid.file(VirtualCardProfile.PHOTO);
        byte[] hash = EidFileParser.photoHash(valid.file(VirtualCardProfile.IDENTITY));
        byte[] changed = ByteMutations.apply(photo, edits);
        boolean matches = within(() -> EidVerifier.photoMatches(changed, hash));
        assertThat(matches).isEqualTo(Arrays.equals(changed, photo));
    }

    @Example
    void everyAuthenticProfileVerifiesUnchanged() throws Exception {
        for (String profile : CardFileSeeds.AUTHENTIC) {
            EidFiles files = files(VirtualCardProfiles.named(profile));
            assertThat(VERIFIER.verify(files, EidFileParser.parseIdentity(files.identity())).isAuthentic())
                    .as(profile).isTrue();
        }
    }

    static VirtualCardProfile apply(VirtualCardProfile valid, List<Change> changes) {
        VirtualCardProfile out = valid;
        for (Change c : changes) {
            out = out.withFile(c.part().path, ByteMutations.apply(out.file(c.part().path), c.edits()));
        }
        return out;
    }

    static EidFiles files(VirtualCardProfile p) {
        return new EidFiles(p.file(VirtualCardProfile.IDENTITY), p.file(VirtualCardProfile.IDENTITY_SIGNATURE),
                p.file(VirtualCardProfile.ADDRESS), p.file(VirtualCardProfile.ADDRESS_SIGNATURE),
                p.file(VirtualCardProfile.RRN_CERTIFICATE));
    }

    @Provide
    Arbitrary<String> authenticProfiles() {
        return Arbitraries.of(CardFileSeeds.AUTHENTIC);
    }

    @Provide
    Arbitrary<List<Change>> changes() {
        return change().list().ofMinSize(1).ofMaxSize(3);
    }

    static Arbitrary<Change> change() {
        return Arbitraries.oneOf(java.util.Arrays.stream(Part.values())
                .map(part -> ByteMutations.edits(part.lengths).map(e -> new Change(part, e))).toList());
    }

    @Provide
    Arbitrary<List<ByteEdit>> photoEdits() {
        return ByteMutations.edits(ByteMutations::noLengths);
    }
}
