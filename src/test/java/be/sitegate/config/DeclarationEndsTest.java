package be.sitegate.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code badge.declaration-ends}: empty unless told, one {@code workplace:yyyy-MM-dd} per declaration,
 * each bad entry refused naming the key and the entry. (Whether a number is a workplace number is the
 * domain's rule, checked where the badge-link policy is built: {@code app.BadgeLinkSettingsTest}.)
 */
class DeclarationEndsTest {

    private static KioskConfig with(String value) {
        return KioskConfig.of(Map.of("badge.declaration-ends", value), Map.of());
    }

    @Test
    void noDeclarationEndUnlessTold() {
        assertThat(KioskConfig.of(Map.of(), Map.of()).declarationEnds()).isEmpty();
        assertThat(with("").declarationEnds()).isEmpty();
        assertThat(with("   ").declarationEnds()).isEmpty();
        assertThat(with(" , ,").declarationEnds()).isEmpty();
    }

    @Test
    void oneEndPerWorkplaceInTheOrderWritten() {
        KioskConfig c = with("1Y101DRUNWB5Z:2026-12-31, 1Y202ABCDEF12 : 2027-03-15,");
        assertThat(c.declarationEnds()).containsExactly(
                Map.entry("1Y101DRUNWB5Z", LocalDate.of(2026, 12, 31)),
                Map.entry("1Y202ABCDEF12", LocalDate.of(2027, 3, 15)));
        assertThat(c).isEqualTo(with("1Y101DRUNWB5Z:2026-12-31,1Y202ABCDEF12:2027-03-15"));
        assertThat(c.forDemo(java.nio.file.Path.of("demo.db")).declarationEnds()).isEqualTo(c.declarationEnds());
    }

    @Test
    void theListCannotBeChangedFromOutside() {
        KioskConfig c = with("1Y101DRUNWB5Z:2026-12-31");
        assertThatThrownBy(() -> c.declarationEnds().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1Y101DRUNWB5Z                          | '1Y101DRUNWB5Z' is not workplaceNumber:yyyy-MM-dd",
            "1Y101DRUNWB5Z 2026-12-31               | '1Y101DRUNWB5Z 2026-12-31' is not workplaceNumber:yyyy-MM-dd",
            ":2026-12-31                            | ':2026-12-31' has no workplace number before ':'",
            "1Y101DRUNWB5Z:                         | '1Y101DRUNWB5Z:': '' is not a date written yyyy-MM-dd",
            "1Y101DRUNWB5Z:2026-02-30               | '1Y101DRUNWB5Z:2026-02-30': '2026-02-30' is not a date",
            "1Y101DRUNWB5Z:31/12/2026               | '1Y101DRUNWB5Z:31/12/2026': '31/12/2026' is not a date",
            "1Y101DRUNWB5Z:2026-12-31:12:00         | '2026-12-31:12:00' is not a date",
            "1Y101DRUNWB5Z:2026-12-31T18:00         | '2026-12-31T18:00' is not a date",
            "1Y1:2026-12-31, 1Y1:2027-01-31         | workplace 1Y1 is listed twice (2026-12-31 and 2027-01-31)",
    })
    void aBadEntryIsRefusedNamingTheKeyAndTheEntry(String value, String says) {
        assertThatThrownBy(() -> with(value)).isInstanceOfSatisfying(ConfigException.class, e -> {
            assertThat(e.key()).isEqualTo("badge.declaration-ends");
            assertThat(e.getMessage()).startsWith("badge.declaration-ends: ").contains(says);
        });
    }

    @Test
    void theFirstBadEntryIsTheOneNamed() {
        assertThatThrownBy(() -> with("1Y101DRUNWB5Z:2026-12-31, 1Y202ABCDEF12:2027-13-01, nonsense"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("'1Y202ABCDEF12:2027-13-01'")
                .hasMessageNotContaining("nonsense");
    }
}
