package be.sitegate.domain;

import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/**
 * The typed identifiers (issue 18, part 5): any text is a national number, a Limosa number, a
 * workplace or an enterprise number, or refused with {@link InvalidIdentifierException} and a reason;
 * nothing else is thrown, nothing hangs. Every number made by the rules is accepted, written with or
 * without the separators people type; the same number with wrong check digits is refused for them.
 */
class IdentifierFuzzTest {

    @Property
    void anyTextIsAnIdentifierOrRefusedWithAReason(@ForAll("typedText") String text) throws Exception {
        for (java.util.function.Function<String, Object> parse : List.<java.util.function.Function<String, Object>>of(
                Inss::parse, LimosaId::parse, WorkplaceId::parse, EnterpriseNumber::parse)) {
            try {
                assertThat(within(() -> parse.apply(text))).isNotNull();
            } catch (InvalidIdentifierException refused) {
                assertThat(refused.reason()).isNotNull();
            }
        }
    }

    @Property
    void aNumberMadeByTheRulesIsAcceptedAsWritten(@ForAll("validInss") String digits, @ForAll("separators") int style)
            throws Exception {
        Inss parsed = within(() -> Inss.parse(written(digits, style)));
        assertThat(parsed.toString()).isEqualTo(digits);
    }

    @Property
    void theSameNumberWithOtherCheckDigitsIsRefusedForThem(@ForAll("validInss") String digits,
            @ForAll("checkDigits") int check) throws Exception {
        int given = Integer.parseInt(digits.substring(9));
        if (check == given || check == ValidInss.otherCentury(digits)) {
            return; // the number itself, or the same parts born a century apart
        }
        String wrong = digits.substring(0, 9) + String.format("%02d", check);
        assertThatThrownBy(() -> within(() -> Inss.parse(wrong))).isInstanceOfSatisfying(
                InvalidIdentifierException.class, e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_CHECK_DIGITS));
    }

    /** {@code 85073003328}, {@code 85.07.30-033.28}, {@code 850730 033 28}, with spaces around. */
    static String written(String digits, int style) {
        return switch (style) {
            case 0 -> digits;
            case 1 -> digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6) + "-"
                    + digits.substring(6, 9) + "." + digits.substring(9);
            case 2 -> digits.substring(0, 6) + " " + digits.substring(6, 9) + " " + digits.substring(9);
            default -> " " + digits.substring(0, 6) + "/" + digits.substring(6) + "\u00a0";
        };
    }

    @Provide
    Arbitrary<String> validInss() {
        return ValidInss.digits();
    }

    @Provide
    Arbitrary<Integer> separators() {
        return Arbitraries.integers().between(0, 3);
    }

    @Provide
    Arbitrary<Integer> checkDigits() {
        return Arbitraries.integers().between(0, 99);
    }

    /** Digits with the separators people type, digits of other scripts, and any text at all. */
    @Provide
    static Arbitrary<String> typedText() {
        return Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().withChars("0123456789 .-/").ofMaxLength(25)),
                Tuple.of(1, Arbitraries.strings().withChars("0123456789٣٤۵०१๑０１²½ⅫBE").ofMaxLength(15)),
                Tuple.of(1, ValidInss.digits().map(d -> d + "0")),
                Tuple.of(2, Arbitraries.strings().ofMaxLength(40)));
    }
}
