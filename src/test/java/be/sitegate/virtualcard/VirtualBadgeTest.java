package be.sitegate.virtualcard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** The virtual contactless badge answers the reader's GET DATA for the UID, and nothing else. */
class VirtualBadgeTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private static String send(VirtualCard card, String apdu) {
        return HEX.formatHex(card.process(HEX.parseHex(apdu.replace(" ", ""))));
    }

    @Test
    void answersItsUidOfFourSevenOrTenBytes() {
        assertThat(send(VirtualBadge.withUid("04A1B2C3"), "FF CA 00 00 00")).isEqualTo("04A1B2C39000");
        assertThat(send(VirtualBadge.withUid("04A1B2C3D4E5F6"), "FF CA 00 00 00")).isEqualTo("04A1B2C3D4E5F69000");
        assertThat(send(VirtualBadge.withUid("04A1B2C3D4E5F6071829"), "FF CA 00 00 00"))
                .isEqualTo("04A1B2C3D4E5F60718299000");
    }

    @Test
    void aWrongLengthIsAnsweredWithTheRightOne() {
        assertThat(send(VirtualBadge.withUid("04A1B2C3D4E5F6"), "FF CA 00 00 04")).isEqualTo("6C07");
        assertThat(send(VirtualBadge.withUid("04A1B2C3D4E5F6"), "FF CA 00 00 07")).isEqualTo("04A1B2C3D4E5F69000");
    }

    @Test
    void aUidHasFourSevenOrTenBytes() {
        assertThatThrownBy(() -> VirtualBadge.withUid("04A1B2")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readersWithoutTheCommandRefuseIt() {
        assertThat(send(VirtualBadge.onReaderWithoutGetData(false), "FF CA 00 00 00")).isEqualTo("6A81");
        assertThat(send(VirtualBadge.onReaderWithoutGetData(true), "FF CA 00 00 00")).isEqualTo("6E00");
    }

    @Test
    void aRandomUidChipDrawsANewUidStartingWith08AtEveryPowerUp() {
        VirtualBadge badge = VirtualBadge.randomUid();
        String first = send(badge, "FF CA 00 00 00");
        assertThat(first).startsWith("08").endsWith("9000").hasSize(12);
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < 20; i++) {
            badge.reset();
            seen.add(send(badge, "FF CA 00 00 00"));
        }
        assertThat(seen).allMatch(uid -> uid.startsWith("08")).hasSizeGreaterThan(1);
    }

    @Test
    void eidCommandsAreNotAnsweredAndTheAtrIsAContactlessReaders() {
        assertThat(send(VirtualBadge.withUid("04A1B2C3"), "00 A4 08 0C 04 DF01 4031")).isEqualTo("6D00");
        assertThat(HEX.formatHex(VirtualBadge.withUid("04A1B2C3").atr())).startsWith("3B8F8001");
    }
}
