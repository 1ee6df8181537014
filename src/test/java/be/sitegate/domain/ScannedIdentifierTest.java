package be.sitegate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a scanner-fast burst of keys identified: a national number, or a Limosa L1 code. */
class ScannedIdentifierTest {

    @ParameterizedTest
    @ValueSource(strings = {"85073003328", "85.07.30-033.28", "85 07 30 033 28", " 85073003328 "})
    void aValidNationalNumberArrivingAsFastAsAScanIsANationalNumber(String scanned) {
        ScannedIdentifier id = ScannedIdentifier.parse(scanned);
        assertThat(id.method()).isEqualTo(IdentificationMethod.TYPED_NATIONAL_NUMBER);
        assertThat(id.worker().key()).isEqualTo("I:85073003328");
    }

    @Test
    void aScannedLimosaCodeIsALimosaNumber() {
        ScannedIdentifier id = ScannedIdentifier.parse("https://www.limosa.be/check?limosaId=12345678901234567&name=Kowalski");
        assertThat(id.method()).isEqualTo(IdentificationMethod.SCANNED_LIMOSA_QR);
        assertThat(id.worker().key()).isEqualTo("L:12345678901234567");
    }

    @Test
    void bareDigitsThatAreNoNationalNumberAreALimosaNumber() {
        assertThat(ScannedIdentifier.parse("12345678901234567").worker().key()).isEqualTo("L:12345678901234567");
        // Eleven digits whose check digits fail are no national number; an L1 code may carry them.
        assertThat(ScannedIdentifier.parse("85073003327").worker().key()).isEqualTo("L:85073003327");
    }

    @Test
    void aUrlIsAlwaysReadAsAnL1CodeEvenWhenItCarriesANationalNumber() {
        ScannedIdentifier id = ScannedIdentifier.parse("https://www.limosa.be/check?limosaId=85073003328");
        assertThat(id.method()).isEqualTo(IdentificationMethod.SCANNED_LIMOSA_QR);
        assertThat(id.worker().key()).isEqualTo("L:85073003328");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/nothing-here", "hello world", ""})
    void whatIsNeitherIsAnUnreadableScan(String scanned) {
        assertThatThrownBy(() -> ScannedIdentifier.parse(scanned))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.UNREADABLE_SCAN));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.limosa.be/check?limosaId=12345678901234567", "https%3A%2F%2Fx.be%2F%3Fl1%3D1",
            "12345678901234567", " 12345678901234567 "})
    void aUrlOrAFullLengthLimosaNumberHasTheFormOfAScan(String scanned) {
        assertThat(ScannedIdentifier.hasScanForm(scanned)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"85073003328", "5073003328", "1234567890123456", "123456789012345678", "85.07.30-033.28", ""})
    void shorterOrLongerDigitsAndNationalNumbersAreTypedNotScanned(String typed) {
        // "5073003328" is a national number whose first digit came before a pause: it passed for a Limosa number.
        assertThat(ScannedIdentifier.hasScanForm(typed)).isFalse();
    }
}
