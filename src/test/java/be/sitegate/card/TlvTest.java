package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TlvTest {

    private static byte[] hex(String h) {
        return HexFormat.of().parseHex(h.replace(" ", ""));
    }

    private static String text(Map<Integer, byte[]> fields, int tag) {
        return new String(fields.get(tag), StandardCharsets.UTF_8);
    }

    @Test
    void readsSimpleFieldsInOrder() throws Exception {
        Map<Integer, byte[]> f = Tlv.parse(hex("01 02 41 42 02 01 43"));
        assertThat(f.keySet()).containsExactly(1, 2);
        assertThat(text(f, 1)).isEqualTo("AB");
        assertThat(text(f, 2)).isEqualTo("C");
    }

    @Test
    void skipsTagZeroAtTheStart() throws Exception {
        Map<Integer, byte[]> f = Tlv.parse(hex("00 02 00 03 01 01 41"));
        assertThat(f.keySet()).containsExactly(1);
    }

    @Test
    void ignoresTrailingZeroPadding() throws Exception {
        Map<Integer, byte[]> f = Tlv.parse(hex("01 01 41 00 00 00 00 00 00"));
        assertThat(f.keySet()).containsExactly(1);
    }

    @Test
    void allZeroFileHasNoFields() throws Exception {
        assertThat(Tlv.parse(new byte[64])).isEmpty();
        assertThat(Tlv.parse(new byte[0])).isEmpty();
    }

    @Test
    void emptyValueIsPresent() throws Exception {
        Map<Integer, byte[]> f = Tlv.parse(hex("14 00 01 01 41"));
        assertThat(f.get(20)).isEmpty();
        assertThat(text(f, 1)).isEqualTo("A");
    }

    @Test
    void keepsMultiByteUtf8Intact() throws Exception {
        byte[] name = "Müller-Dąbrowska Ștefan Łódź".getBytes(StandardCharsets.UTF_8);
        Map<Integer, byte[]> f = Tlv.parse(Tlv.encode(7, name));
        assertThat(text(f, 7)).isEqualTo("Müller-Dąbrowska Ștefan Łódź");
    }

    @Test
    void lengthOf255AndMoreUsesFfContinuation() throws Exception {
        byte[] big = new byte[300];
        java.util.Arrays.fill(big, (byte) 'x');
        byte[] encoded = Tlv.encode(9, big);
        assertThat(encoded[1] & 0xFF).isEqualTo(0xFF);
        assertThat(encoded[2] & 0xFF).isEqualTo(45);
        assertThat(Tlv.parse(encoded).get(9)).hasSize(300);

        byte[] exactly255 = Tlv.encode(9, new byte[255]);
        assertThat(exactly255).startsWith((byte) 9, (byte) 0xFF, (byte) 0);
        byte[] withNext = java.util.Arrays.copyOf(exactly255, exactly255.length + 3);
        withNext[exactly255.length] = 1;
        withNext[exactly255.length + 1] = 1;
        withNext[exactly255.length + 2] = 'Z';
        Map<Integer, byte[]> f = Tlv.parse(withNext);
        assertThat(f.get(9)).hasSize(255);
        assertThat(text(f, 1)).isEqualTo("Z");
    }

    @Test
    void lengthJustBelow255IsOneByte() throws Exception {
        byte[] encoded = Tlv.encode(3, new byte[254]);
        assertThat(encoded).hasSize(256);
        assertThat(Tlv.parse(encoded).get(3)).hasSize(254);
    }

    @Test
    void unknownTagsAreKeptNotFatal() throws Exception {
        Map<Integer, byte[]> f = Tlv.parse(hex("C8 01 FF 01 01 41"));
        assertThat(f).containsKeys(200, 1);
    }

    @Test
    void repeatedTagKeepsTheFirstValue() throws Exception {
        assertThat(text(Tlv.parse(hex("01 01 41 01 01 42")), 1)).isEqualTo("A");
    }

    @Test
    void truncatedValueIsCorrupt() {
        assertThatThrownBy(() -> Tlv.parse(hex("01 05 41 42"))).isInstanceOf(CorruptFileException.class);
    }

    @Test
    void missingLengthIsCorrupt() {
        assertThatThrownBy(() -> Tlv.parse(hex("01 01 41 02"))).isInstanceOf(CorruptFileException.class);
        assertThatThrownBy(() -> Tlv.parse(hex("01 FF FF"))).isInstanceOf(CorruptFileException.class);
    }

    @Test
    void trimsOnlyTrailingZeros() {
        assertThat(Tlv.trimTrailingZeros(hex("01 00 02 00 00"))).containsExactly(1, 0, 2);
        assertThat(Tlv.trimTrailingZeros(new byte[4])).isEmpty();
    }
}
