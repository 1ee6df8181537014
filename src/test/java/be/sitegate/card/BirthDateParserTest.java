package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.EidIdentity.BirthDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BirthDateParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // French
        "01 JAN 1971|1971|1|1", "14 FEV 1980|1980|2|14", "14 FÉV 1980|1980|2|14", "03 MARS 1975|1975|3|3",
        "30 AVR 1999|1999|4|30", "08 MAI 2001|2001|5|8", "21 JUIN 1964|1964|6|21", "14 JUIL 1989|1989|7|14",
        "15 AOUT 1990|1990|8|15", "15 AOÛT 1990|1990|8|15", "01 SEPT 1970|1970|9|1", "31 OCT 1985|1985|10|31",
        "11 NOV 1918|1918|11|11", "25 DEC 2000|2000|12|25",
        // Dutch
        "14 FEB 1980|1980|2|14", "03 MAAR 1975|1975|3|3", "30 APR 1999|1999|4|30", "08 MEI 2001|2001|5|8",
        "21 JUN 1964|1964|6|21", "14 JUL 1989|1989|7|14", "15 AUG 1990|1990|8|15", "01 SEP 1970|1970|9|1",
        "31 OKT 1985|1985|10|31",
        // German, with dots
        "03.MÄR.1975|1975|3|3", "25.DEZ.2000|2000|12|25", "12.APR.2016|2016|4|12", "01.MAI.1960|1960|5|1",
        // double spaces, lower case, surrounding blanks
        "28  FEV  1990|1990|2|28", " 1 jan 1971 |1971|1|1",
        // numeric fallback
        "15.03.1971|1971|3|15",
    })
    void readsDayMonthYear(String text, int year, int month, int day) throws Exception {
        assertThat(BirthDateParser.parse(text)).isEqualTo(new BirthDate(year, month, day));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1985", " 1985 "})
    void readsYearOnly(String text) throws Exception {
        BirthDate date = BirthDateParser.parse(text);
        assertThat(date.isYearOnly()).isTrue();
        assertThat(date.year()).isEqualTo(1985);
        assertThat(date.toLocalDate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "JAN 1971", "31 FEV 1980", "01 FOO 1971", "1 2 3", "19850"})
    void refusesImpossibleOrUnknownForms(String text) {
        assertThatThrownBy(() -> BirthDateParser.parse(text)).isInstanceOf(CorruptFileException.class);
    }
}
