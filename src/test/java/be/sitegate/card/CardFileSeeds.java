package be.sitegate.card;

import be.sitegate.virtualcard.VirtualCardProfile;
import be.sitegate.virtualcard.VirtualCardProfiles;
import java.util.List;
import java.util.Objects;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** The valid card files the virtual card's profiles already build: where the mutated fuzz inputs start. */
final class CardFileSeeds {

    /** Read and verified as authentic (or authentic but expired): every check passes on their files. */
    static final List<String> AUTHENTIC = List.of("rsa-17", "ec-18", "bis", "accents", "expired", "kids");

    private CardFileSeeds() {
    }

    static Arbitrary<VirtualCardProfile> authenticProfile() {
        return Arbitraries.of(AUTHENTIC).map(VirtualCardProfiles::named);
    }

    /** One file of every profile (forged and tampered ones too: their files are well-formed). */
    static Arbitrary<byte[]> file(String path) {
        return Arbitraries.of(VirtualCardProfiles.all().stream().map(p -> p.file(path)).filter(Objects::nonNull)
                .toList());
    }
}
