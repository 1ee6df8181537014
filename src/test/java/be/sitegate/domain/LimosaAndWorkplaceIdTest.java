package be.sitegate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LimosaAndWorkplaceIdTest {

    @ParameterizedTest
    @CsvSource({"12345678901234567, 12345678901234567", "1234 5678 9012 3456 7, 12345678901234567",
            "12345678, 12345678", "12345678901234567890, 12345678901234567890"})
    void limosaAcceptsDigitsLeniently(String input, String canonical) {
        assertThat(LimosaId.parse(input).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource({"'', EMPTY", "1234567, WRONG_LENGTH", "123456789012345678901, WRONG_LENGTH",
            "L1-1234567890, INVALID_CHARACTERS"})
    void limosaRefuses(String input, Reason reason) {
        assertThatThrownBy(() -> LimosaId.parse(input))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    @Test
    void limosaFormatsInGroupsOfFour() {
        assertThat(LimosaId.parse("12345678901234567").formatted()).isEqualTo("1234 5678 9012 3456 7");
    }

    @ParameterizedTest
    @CsvSource({"1Y101DRUNWB5Z, 1Y101DRUNWB5Z, true", "1y1003sq5vssz, 1Y1003SQ5VSSZ, true",
            "1Y10 1DRU NWB5Z, 1Y101DRUNWB5Z, true", "ABC123, ABC123, false", "2Y101DRUNWB5Z, 2Y101DRUNWB5Z, false"})
    void workplaceAcceptsUpToThirteenLettersAndDigits(String input, String canonical, boolean usual) {
        WorkplaceId id = WorkplaceId.parse(input);
        assertThat(id.toString()).isEqualTo(canonical);
        assertThat(id.hasUsualShape()).isEqualTo(usual);
    }

    @ParameterizedTest
    @CsvSource({"'', EMPTY", "1Y101DRUNWB5ZX, WRONG_LENGTH", "1Y101DRU_WB5Z, INVALID_CHARACTERS", "1Y1ÉDRUNWB5Z, INVALID_CHARACTERS"})
    void workplaceRefuses(String input, Reason reason) {
        assertThatThrownBy(() -> WorkplaceId.parse(input))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
