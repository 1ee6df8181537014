package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.config.ConfigException;
import be.sitegate.config.KioskConfig;
import be.sitegate.domain.WorkplaceId;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The policy the kiosk links badges with, from the configuration: the link days, and each
 * {@code badge.declaration-ends} number read as the domain reads a workplace number, a bad or
 * repeated one refused under that key.
 */
class BadgeLinkSettingsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final WorkplaceId GENT = WorkplaceId.parse("1Y101DRUNWB5Z");
    private static final WorkplaceId BRUSSELS = WorkplaceId.parse("1Y1003SQ5VSSZ");

    private static KioskConfig with(String ends) {
        return KioskConfig.of(Map.of("badge.link-days", "30", "badge.declaration-ends", ends), Map.of());
    }

    @Test
    void theDaysAloneUnlessTold() {
        assertThat(BadgeLinkSettings.policy(KioskConfig.of(Map.of(), Map.of()), TODAY))
                .isEqualTo(new be.sitegate.kiosk.BadgeLinkPolicy(90, Map.of()));
    }

    @Test
    void eachWorkplaceGetsItsDeclarationsEndAsTheDomainWritesItsNumber() {
        var policy = BadgeLinkSettings.policy(with("1y101drunwb5z:2026-12-31, 1Y1.003-SQ5 VSSZ:2027-03-15"), TODAY);
        assertThat(policy.linkDays()).isEqualTo(30);
        assertThat(policy.declarationEnds()).isEqualTo(Map.of(GENT, LocalDate.of(2026, 12, 31),
                BRUSSELS, LocalDate.of(2027, 3, 15)));
        assertThat(policy.declarationEnd(GENT)).hasValue(LocalDate.of(2026, 12, 31));
    }

    @Test
    void aDeclarationAlreadyOverIsKeptAndOnlySaid() {
        assertThat(BadgeLinkSettings.policy(with("1Y101DRUNWB5Z:2026-11-22"), TODAY).declarationEnd(GENT))
                .hasValue(LocalDate.of(2026, 11, 22));
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "1Y101DRUNWB5Z!:2026-12-31                     | '1Y101DRUNWB5Z!' is not a workplace number (only letters and digits",
            "1Y101DRUNWB5ZZ:2026-12-31                     | '1Y101DRUNWB5ZZ' is not a workplace number (more than 13",
            "--:2026-12-31                                 | '--' is not a workplace number (nothing but separators",
            "Gent centrum oost:2026-12-31                  | 'Gent centrum oost' is not a workplace number (more than 13",
            "1Y101DRUNWB5Z:2026-12-31, 1y101drunwb5z:2027-01-31 | workplace 1Y101DRUNWB5Z is listed twice ('1Y101DRUNWB5Z' and '1y101drunwb5z')",
    })
    void aNumberThatIsNoWorkplaceNumberIsRefusedNamingTheKeyAndTheEntry(String value, String says) {
        KioskConfig config = with(value);  // its form and dates are right: the configuration loads
        assertThatThrownBy(() -> BadgeLinkSettings.policy(config, TODAY))
                .isInstanceOfSatisfying(ConfigException.class, e -> {
                    assertThat(e.key()).isEqualTo("badge.declaration-ends");
                    assertThat(e.getMessage()).startsWith("badge.declaration-ends: ").contains(says);
                });
        assertThatThrownBy(() -> BadgeLinkSettings.declarationEnds(config)).isInstanceOf(ConfigException.class);
    }
}
