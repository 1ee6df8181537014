package be.sitegate.virtualcard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every APDU form the virtual card understands, and the status words of the real card. */
class BelpicCardTest {

    private static final VirtualCardProfile PROFILE = VirtualCardProfiles.named("rsa-17");
    private static final byte[] IDENTITY = PROFILE.file(VirtualCardProfile.IDENTITY);
    private BelpicCard card;

    @BeforeEach
    void newCard() {
        card = new BelpicCard(PROFILE);
    }

    private byte[] send(String hex) {
        return card.process(HexFormat.of().parseHex(hex.replace(" ", "")));
    }

    private static String sw(byte[] response) {
        return HexFormat.of().withUpperCase().formatHex(response, response.length - 2, response.length);
    }

    private static byte[] data(byte[] response) {
        return Arrays.copyOf(response, response.length - 2);
    }

    private byte[] readIdentityStart() {
        return data(send("00 B0 00 00 10"));
    }

    @Test
    void selectByPathWithLeadingMasterFile() {
        assertThat(sw(send("00 A4 08 0C 06 3F00 DF01 4031"))).isEqualTo("9000");
        assertThat(readIdentityStart()).isEqualTo(Arrays.copyOf(IDENTITY, 16));
    }

    @Test
    void selectByPathWithoutMasterFile() {
        assertThat(sw(send("00 A4 08 0C 04 DF01 4031"))).isEqualTo("9000");
        assertThat(readIdentityStart()).isEqualTo(Arrays.copyOf(IDENTITY, 16));
    }

    @Test
    void selectByFileIdOneAtATime() {
        assertThat(sw(send("00 A4 02 0C 02 3F00"))).isEqualTo("9000");
        assertThat(sw(send("00 A4 02 0C 02 DF01"))).isEqualTo("9000");
        assertThat(sw(send("00 A4 02 0C 02 4031"))).isEqualTo("9000");
        assertThat(readIdentityStart()).isEqualTo(Arrays.copyOf(IDENTITY, 16));
    }

    @Test
    void selectEfDirectlyWithinTheCurrentDf() {
        send("00 A4 08 0C 06 3F00 DF01 4031");
        assertThat(sw(send("00 A4 02 0C 02 4033"))).isEqualTo("9000");
        assertThat(readIdentityStart()).isEqualTo(Arrays.copyOf(PROFILE.file(VirtualCardProfile.ADDRESS), 16));
        assertThat(sw(send("00 A4 02 0C 02 503C"))).as("503C lives in DF00, not DF01").isEqualTo("6A82");
        assertThat(sw(send("00 A4 02 0C 02 DF00"))).isEqualTo("9000"); // sibling DF
        assertThat(sw(send("00 A4 02 0C 02 503C"))).isEqualTo("9000");
    }

    @Test
    void selectByAid() {
        assertThat(sw(send("00 A4 04 0C 0C A000000177504B43532D3135"))).isEqualTo("9000");
        assertThat(sw(send("00 A4 02 0C 02 503C"))).isEqualTo("9000");
        assertThat(sw(send("00 A4 04 0C 0C A000000177496446696C6573"))).isEqualTo("9000");
        assertThat(sw(send("00 A4 02 0C 02 4031"))).isEqualTo("9000");
        assertThat(sw(send("00 A4 04 0C 05 A000000000"))).isEqualTo("6A82");
    }

    @Test
    void selectErrors() {
        assertThat(sw(send("00 A4 08 0C 06 3F00 DF01 4099"))).isEqualTo("6A82");
        assertThat(sw(send("00 A4 08 0C 04 DF02 4031"))).isEqualTo("6A82");
        assertThat(sw(send("00 A4 07 0C 02 4031"))).isEqualTo("6A86");
        assertThat(sw(send("00 A4 08 05 02 4031"))).isEqualTo("6A86");
        assertThat(sw(send("00 A4 08 0C 03 DF0140"))).isEqualTo("6A87");
        assertThat(sw(send("00 A4 02 0C 04 DF01 4031"))).isEqualTo("6A87");
        assertThat(sw(send("00 A4 08 0C 06 3F00"))).as("Lc larger than the data").isEqualTo("6700");
    }

    @Test
    void readBinaryLengthsAndEnd() {
        send("00 A4 08 0C 06 3F00 DF01 4031");
        int n = IDENTITY.length;
        assertThat(sw(send("00 B0 00 00 00"))).as("Le=00 means 256, more than the file").isEqualTo(
                String.format("6C%02X", n));
        byte[] all = send(String.format("00 B0 00 00 %02X", n));
        assertThat(data(all)).isEqualTo(IDENTITY);
        byte[] tail = send(String.format("00 B0 00 %02X 04", n - 4));
        assertThat(data(tail)).isEqualTo(Arrays.copyOfRange(IDENTITY, n - 4, n));
        assertThat(sw(send(String.format("00 B0 00 %02X 01", n)))).isEqualTo("6B00");
        assertThat(sw(send("00 B0 7F 00 01"))).isEqualTo("6B00");
    }

    @Test
    void readBinaryOfAFullChunkWithLeZero() {
        send("00 A4 08 0C 06 3F00 DF00 503C");
        byte[] first = send("00 B0 00 00 00");
        assertThat(sw(first)).isEqualTo("9000");
        assertThat(data(first)).hasSize(256);
    }

    @Test
    void readBinaryWithoutSelectedFile() {
        assertThat(sw(send("00 B0 00 00 10"))).isEqualTo("6986");
        send("00 A4 02 0C 02 DF01");
        assertThat(sw(send("00 B0 00 00 10"))).as("a DF is not readable").isEqualTo("6986");
    }

    @Test
    void getCardDataGivesTheAppletVersion() {
        byte[] r = send("80 E4 00 00 1C");
        assertThat(sw(r)).isEqualTo("9000");
        assertThat(data(r)).hasSize(28);
        assertThat(data(r)[21]).isEqualTo((byte) 0x17);
        assertThat(sw(send("80 E4 00 00 10"))).isEqualTo("6C1C");
        byte[] ec = new BelpicCard(VirtualCardProfiles.named("ec-18")).process(HexFormat.of().parseHex("80E400001C"));
        assertThat(ec[21]).isEqualTo((byte) 0x18);
    }

    @Test
    void unknownInstructionAndClass() {
        assertThat(sw(send("00 CA 00 00 00"))).isEqualTo("6D00");
        assertThat(sw(send("80 A4 00 00 00"))).isEqualTo("6D00");
        assertThat(sw(send("A0 A4 00 00 02 3F00"))).isEqualTo("6E00");
        assertThat(sw(send("00 A4"))).isEqualTo("6700");
    }

    @Test
    void atrOfEachGeneration() {
        assertThat(card.atr()).isEqualTo(HexFormat.of().parseHex("3B9813400AA503010101AD1311"));
        assertThat(new BelpicCard(VirtualCardProfiles.named("ec-18")).atr())
                .isEqualTo(HexFormat.of().parseHex("3B7F96000080318065B085040120120FFF829000"));
    }

    @Test
    void resetReturnsToTheMasterFile() {
        send("00 A4 08 0C 06 3F00 DF01 4031");
        card.reset();
        assertThat(sw(send("00 B0 00 00 10"))).isEqualTo("6986");
        assertThat(sw(send("00 A4 02 0C 02 4031"))).as("4031 is not in the MF").isEqualTo("6A82");
    }

    @Test
    void kidsCardHasAnAllZeroSigningCertificateFile() {
        VirtualCardProfile kids = VirtualCardProfiles.named("kids");
        assertThat(kids.file(VirtualCardProfile.SIGNING_CERTIFICATE)).containsOnly(0);
        assertThat(kids.file(VirtualCardProfile.RRN_CERTIFICATE)[0]).isEqualTo((byte) 0x30);
    }
}
