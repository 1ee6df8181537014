package be.sitegate.card;

import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import be.sitegate.virtualcard.VirtualTerminal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A whole read of a damaged or forged card (issue 18, part 5): the virtual BELPIC card serves an
 * authentic profile with some of its files changed, the real {@link EidReader} reads it over the
 * in-process terminal (APDUs, DER-length reads, the checking threads). The read ends in a card or in
 * one of the failures a bad card file is documented to give; a card whose signed content changed is
 * never authentic. A parser's unexpected exception would show as a PC/SC error, a hang as a timeout.
 */
class EidReaderFuzzTest {

    /** What a card with bad files may fail with; PC/SC errors, removals and time-outs are not its doing. */
    private static final Set<ReadFailure> BAD_CARD = Set.of(ReadFailure.CORRUPT_FILE,
            ReadFailure.INVALID_NATIONAL_NUMBER, ReadFailure.CARD_ERROR, ReadFailure.NOT_AN_EID);

    /** Long enough that a loaded machine never times out a good read; a parser loop still shows. */
    private static final EidReader READER = new EidReader(EidReaderTest.SETTINGS.withTimeLimit(Duration.ofSeconds(10)));

    @Property
    void aDamagedCardReadsOrFailsAsABadCardAndIsNeverWronglyAuthentic(@ForAll("authenticProfiles") String profile,
            @ForAll("changes") List<EidVerifierFuzzTest.Change> changes) throws Exception {
        VirtualCardProfile valid = VirtualCardProfiles.named(profile);
        VirtualCardProfile damaged = EidVerifierFuzzTest.apply(valid, changes);
        VirtualTerminal terminal = VirtualTerminal.standalone("fuzz reader");
        terminal.insert(damaged);
        EidReadResult result = within(() -> READER.read(terminal));
        if (result instanceof EidReadResult.Failure failure) {
            Statistics.label("outcome").collect(failure.reason().name());
            assertThat(failure.reason()).isIn(BAD_CARD);
            return;
        }
        EidReadResult.Success success = (EidReadResult.Success) result;
        success.session().close();
        boolean ec = valid.appletVersion() == 0x18;
        boolean sameContent = SignedContent.of(success.card().files(), ec)
                .sameAs(SignedContent.of(EidVerifierFuzzTest.files(valid), ec));
        Verification verdict = success.card().verification();
        Statistics.label("outcome").collect(sameContent ? "read, only padding changed"
                : "read, " + verdict.reason().map(Enum::name).orElse("AUTHENTIC"));
        if (!sameContent) {
            assertThat(verdict.isAuthentic()).as("changed signed content verified: %s", verdict).isFalse();
        }
    }

    @Provide
    Arbitrary<String> authenticProfiles() {
        return Arbitraries.of(CardFileSeeds.AUTHENTIC);
    }

    @Provide
    Arbitrary<List<EidVerifierFuzzTest.Change>> changes() {
        return EidVerifierFuzzTest.change().list().ofMinSize(1).ofMaxSize(3);
    }
}
