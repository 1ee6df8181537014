package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.card.EidFileParser.InvalidNationalNumberException;
import be.sitegate.domain.DocumentType;
import be.sitegate.domain.EidIdentity;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EidFileParserTest {

    /** A minimal valid identity file; tests override fields by tag. */
    private static byte[] identity(Map<Integer, String> overrides) {
        Map<Integer, String> f = new LinkedHashMap<>();
        f.put(1, "592123456789");
        f.put(3, "15.03.2024");
        f.put(4, "15.03.2034");
        f.put(5, "Gent");
        f.put(6, "85073003328");
        f.put(7, "Peeters");
        f.put(8, "Jan Karel");
        f.put(10, "Belg");
        f.put(11, "Gent");
        f.put(12, "30 JUL 1985");
        f.put(13, "M");
        f.put(15, "01");
        f.putAll(overrides);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        f.forEach((tag, value) -> {
            if (value != null) {
                out.writeBytes(Tlv.encode(tag, value.getBytes(StandardCharsets.UTF_8)));
            }
        });
        return out.toByteArray();
    }

    private static Map<Integer, String> with(Object... tagValue) {
        Map<Integer, String> m = new LinkedHashMap<>();
        for (int i = 0; i < tagValue.length; i += 2) {
            m.put((Integer) tagValue[i], (String) tagValue[i + 1]);
        }
        return m;
    }

    @Test
    void parsesMandatoryFieldsAndDefaultsTheRest() throws Exception {
        EidIdentity id = EidFileParser.parseIdentity(identity(Map.of()));
        assertThat(id.nationalNumber().toString()).isEqualTo("85073003328");
        assertThat(id.thirdNameInitial()).isEmpty();
        assertThat(id.photoHashHex()).isEmpty();
        assertThat(id.memberOfFamily()).isFalse();
        assertThat(id.documentType()).isEqualTo(DocumentType.BELGIAN_EID);
        assertThat(id.sex()).isEqualTo(EidIdentity.Sex.MALE);
    }

    @Test
    void documentTypeWithOrWithoutLeadingZero() throws Exception {
        assertThat(EidFileParser.parseIdentity(identity(with(15, "1"))).documentTypeCode()).isEqualTo(1);
        assertThat(EidFileParser.parseIdentity(identity(with(15, "06"))).documentType()).isEqualTo(DocumentType.KIDS_CARD);
        assertThat(EidFileParser.parseIdentity(identity(with(15, "61"))).documentType())
                .isEqualTo(DocumentType.FOREIGNER_KIDS_CARD);
        assertThat(EidFileParser.parseIdentity(identity(with(15, "99"))).documentType()).isEqualTo(DocumentType.OTHER);
    }

    @Test
    void womenAreFVOrW() throws Exception {
        for (String letter : new String[] {"F", "V", "W"}) {
            assertThat(EidFileParser.parseIdentity(identity(with(13, letter))).sex()).isEqualTo(EidIdentity.Sex.FEMALE);
        }
    }

    @Test
    void rareFieldsAndUnknownTagsAreKept() throws Exception {
        EidIdentity id = EidFileParser.parseIdentity(identity(with(9, "P", 14, "baron", 16, "1", 18, "01", 19, "2",
                20, "", 21, "01.01.2020 NL", 22, "B", 23, "BE0123456789", 25, "R123", 27, "brexit", 31, "01.02.2020",
                77, "future field")));
        assertThat(id.thirdNameInitial()).isEqualTo("P");
        assertThat(id.nobleCondition()).isEqualTo("baron");
        assertThat(id.specialStatus()).isEqualTo("1");
        assertThat(id.memberOfFamily()).isTrue();
        assertThat(id.otherMentions()).containsEntry(18, "01").containsEntry(22, "B").containsEntry(23, "BE0123456789")
                .containsEntry(31, "01.02.2020").containsEntry(77, "future field").doesNotContainKey(20);
    }

    @Test
    void paddedAddressFile() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(Tlv.encode(1, "Rue de l'Église 12".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(Tlv.encode(2, "4000".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(Tlv.encode(3, "Liège".getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(new byte[40]);
        var address = EidFileParser.parseAddress(out.toByteArray());
        assertThat(address.streetAndNumber()).isEqualTo("Rue de l'Église 12");
        assertThat(address.municipality()).isEqualTo("Liège");
    }

    @Test
    void missingMandatoryFieldIsCorrupt() {
        assertThatThrownBy(() -> EidFileParser.parseIdentity(identity(with(7, null))))
                .isInstanceOf(CorruptFileException.class);
        assertThatThrownBy(() -> EidFileParser.parseIdentity(identity(with(4, "2034-03-15"))))
                .isInstanceOf(CorruptFileException.class);
        assertThatThrownBy(() -> EidFileParser.parseIdentity(identity(with(15, "X"))))
                .isInstanceOf(CorruptFileException.class);
        assertThatThrownBy(() -> EidFileParser.parseAddress(new byte[] {2, 1, '1'}))
                .isInstanceOf(CorruptFileException.class);
    }

    @Test
    void nationalNumberBreakingInssRulesIsRefused() {
        assertThatThrownBy(() -> EidFileParser.parseIdentity(identity(with(6, "85073003329"))))
                .isInstanceOf(InvalidNationalNumberException.class)
                .hasMessageNotContaining("85073003329");
        assertThatThrownBy(() -> EidFileParser.parseIdentity(identity(with(6, "8507300332"))))
                .isInstanceOf(InvalidNationalNumberException.class);
    }
}
