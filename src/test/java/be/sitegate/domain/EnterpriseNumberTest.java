package be.sitegate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EnterpriseNumberTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "0566988259,       0566988259",
            "0566.988.259,     0566988259",
            "0566 988 259,     0566988259",
            "BE0566988259,     0566988259",
            "BE 0566.988.259,  0566988259",
            "be0566988259,     0566988259",
            "0403.170.701,     0403170701",
            "1000.000.120,     1000000120",
            "1234.567.894,     1234567894",
    })
    void accepts(String input, String canonical) {
        assertThat(EnterpriseNumber.isValid(input)).isTrue();
        assertThat(EnterpriseNumber.parse(input).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} refused: {1}")
    @CsvSource({
            "'',               EMPTY",
            "566988259,        WRONG_LENGTH",
            "05669882590,      WRONG_LENGTH",
            "0566X88259,       INVALID_CHARACTERS",
            "NL0566988259,     INVALID_CHARACTERS",
            "2566988259,       WRONG_FIRST_DIGIT",
            "9876543210,       WRONG_FIRST_DIGIT",
            "0566988258,       WRONG_CHECK_DIGITS",
            "0566988295,       WRONG_CHECK_DIGITS",
            "0656988259,       WRONG_CHECK_DIGITS",
    })
    void refuses(String input, Reason reason) {
        assertThat(EnterpriseNumber.isValid(input)).isFalse();
        assertThatThrownBy(() -> EnterpriseNumber.parse(input))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void formatsAsPrinted() {
        assertThat(EnterpriseNumber.parse("BE0566988259").formatted()).isEqualTo("0566.988.259");
    }

    @Test
    void everyGeneratedNumberValidatesAndEverySingleDigitChangeIsCaught() {
        Random random = new Random(42);
        for (int i = 0; i < 2_000; i++) {
            long first8 = random.nextInt(20_000_000);
            String number = String.format("%08d%02d", first8, 97 - first8 % 97);
            assertThat(EnterpriseNumber.isValid(number)).as(number).isTrue();
            int position = 1 + random.nextInt(9);
            char original = number.charAt(position);
            char other = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
            String changed = number.substring(0, position) + other + number.substring(position + 1);
            assertThat(EnterpriseNumber.isValid(changed)).as(changed).isFalse();
        }
    }
}
