package be.sitegate.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class InssTest {

    @ParameterizedTest(name = "{0} is valid ({1})")
    @CsvSource({
            "85073003328,     born 1985-07-30",
            "85.07.30-033.28, written with dots and dashes",
            "85 07 30 033 28, written with spaces",
            "'  85.07.30-033.28 ', surrounding blanks",
            "90022800193,     serial 001",
            "64123199882,     serial 998",
            "00022900244,     29 February 2000 with the 2-prefix",
            "12030410181,     born 2012 with the 2-prefix",
            "96022900786,     29 February 1996",
            "72000012331,     month and day unknown",
            "72050012465,     day unknown",
            "71451201771,     bis number, sex known (month + 40)",
            "71251201827,     bis number, sex unknown (month + 20)",
            "80400000317,     bis number with unknown month and day",
            "71715100070,     public specimen card (born 1971)",
            "01050399963,     public specimen card (born 2001)",
    })
    void accepts(String input, String why) {
        assertThat(Inss.isValid(input)).as(why).isTrue();
        assertThat(Inss.parse(input).toString()).hasSize(11).containsOnlyDigits();
    }

    @ParameterizedTest(name = "{0} is refused: {1} ({2})")
    @CsvSource({
            "8507300332,      WRONG_LENGTH,       10 digits",
            "850730033280,    WRONG_LENGTH,       12 digits",
            "85O73003328,     INVALID_CHARACTERS, letter O for zero",
            "85073003327,     WRONG_CHECK_DIGITS, last digit off by one",
            "58073003328,     WRONG_CHECK_DIGITS, two digits swapped",
            "85130103367,     IMPOSSIBLE_MONTH,   month 13 with matching check digits",
            "85190103312,     IMPOSSIBLE_MONTH,   month 19 with matching check digits",
            "85330103313,     IMPOSSIBLE_MONTH,   bis month 33 with matching check digits",
            "85530103356,     IMPOSSIBLE_MONTH,   bis month 53 with matching check digits",
            "85990103387,     IMPOSSIBLE_MONTH,   month 99 with matching check digits",
            "85073203365,     IMPOSSIBLE_DAY,     day 32 with matching check digits",
            "85023003390,     IMPOSSIBLE_DAY,     30 February with matching check digits",
            "00022900215,     IMPOSSIBLE_DAY,     29 February 1900 (not a leap year)",
            "23022900638,     IMPOSSIBLE_DAY,     29 February 2023",
            "85073000061,     IMPOSSIBLE_SERIAL,  serial 000 with matching check digits",
            "85073099932,     IMPOSSIBLE_SERIAL,  serial 999 with matching check digits",
            "99010100543,     FUTURE_BIRTH_DATE,  2-prefix check digits make it 2099",
    })
    void refuses(String input, Reason reason, String why) {
        assertThat(Inss.isValid(input)).as(why).isFalse();
        assertThatThrownBy(() -> Inss.parse(input))
                .as(why)
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.identifierType()).isEqualTo("INSS");
                    assertThat(e.getMessage()).doesNotContain(input.strip());
                })
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "..-"})
    void refusesNothingTyped(String input) {
        assertThatThrownBy(() -> Inss.parse(input))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.EMPTY));
    }

    @Test
    void formatsMasksAndComparesByDigits() {
        Inss inss = Inss.parse("85.07.30-033.28");
        assertThat(inss.toString()).isEqualTo("85073003328");
        assertThat(inss.formatted()).isEqualTo("85.07.30-033.28");
        assertThat(inss.masked()).as("no birth date, no sex: only the check digits").isEqualTo("**.**.**-***.28");
        assertThat(inss).isEqualTo(Inss.parse("85073003328")).hasSameHashCodeAs(Inss.parse("85073003328"));
        assertThat(inss.birthDate()).contains(LocalDate.of(1985, 7, 30));
        assertThat(inss.isBis()).isFalse();
        assertThat(inss.isSpecimen()).isFalse();
    }

    @Test
    void knowsBirthDatesOfBisAndNewCenturyNumbers() {
        assertThat(Inss.parse("71451201771").birthDate()).contains(LocalDate.of(1971, 5, 12));
        assertThat(Inss.parse("71451201771").isBis()).isTrue();
        assertThat(Inss.parse("00022900244").birthDate()).contains(LocalDate.of(2000, 2, 29));
        assertThat(Inss.parse("72000012331").birthDate()).isEmpty();
        assertThat(Inss.parse("72000012331").birthYear()).isEqualTo(1972);
    }

    @Test
    void specimensAreFlaggedAndHaveNoBirthDate() {
        Inss specimen = Inss.parse("71715100070");
        assertThat(specimen.isSpecimen()).isTrue();
        assertThat(specimen.isBis()).isFalse();
        assertThat(specimen.birthDate()).isEmpty();
        assertThat(specimen.birthYear()).isEqualTo(1971);
        assertThat(Inss.parse("01050399963").birthYear()).isEqualTo(2001);
    }

    /** Numbers built by the rule from random dates and serials all parse back to the same date. */
    @RepeatedTest(20)
    void generatedNumbersRoundTrip() {
        Random random = new Random();
        for (int i = 0; i < 500; i++) {
            LocalDate birth = LocalDate.of(1930, 1, 1).plusDays(random.nextInt(365 * 90));
            if (birth.isAfter(LocalDate.now())) {
                continue;
            }
            int monthOffset = new int[] {0, 20, 40}[random.nextInt(3)];
            int serial = 1 + random.nextInt(998);
            String number = build(birth, monthOffset, serial);
            Inss inss = Inss.parse(number);
            assertThat(inss.birthDate()).as(number).contains(birth);
            assertThat(inss.isBis()).isEqualTo(monthOffset > 0);
            assertThat(Inss.parse(inss.formatted())).isEqualTo(inss);

            int check = Integer.parseInt(number.substring(9));
            String wrong = number.substring(0, 9) + String.format("%02d", (check + 1 + random.nextInt(90)) % 97 + 1);
            if (!wrong.equals(number) && !wrong.equals(otherCentury(number))) {
                assertThatThrownBy(() -> Inss.parse(wrong)).as(wrong)
                        .isInstanceOfSatisfying(InvalidIdentifierException.class,
                                e -> assertThat(e.reason()).isIn(Reason.WRONG_CHECK_DIGITS, Reason.FUTURE_BIRTH_DATE,
                                        Reason.IMPOSSIBLE_DAY));
            }
        }
    }

    private static String build(LocalDate birth, int monthOffset, int serial) {
        String first9 = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue() + monthOffset,
                birth.getDayOfMonth(), serial);
        long base = Long.parseLong(first9) + (birth.getYear() >= 2000 ? 2_000_000_000L : 0);
        return first9 + String.format("%02d", 97 - base % 97);
    }

    private static String otherCentury(String number) {
        long first9 = Long.parseLong(number.substring(0, 9));
        long c1900 = 97 - first9 % 97;
        long c2000 = 97 - (2_000_000_000L + first9) % 97;
        long check = Long.parseLong(number.substring(9));
        return number.substring(0, 9) + String.format("%02d", check == c1900 ? c2000 : c1900);
    }
}
