package be.sitegate.domain;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;

/**
 * National register and bis numbers made by the rules of identifiers.md: a real birth date, a serial
 * from 001 to 998, check digits over {@code YYMMDDSSS} (with a 2 in front from 2000 on). Generated,
 * not copied: any of them must be accepted, and any other check digits refused.
 */
public final class ValidInss {

    private ValidInss() {
    }

    /** The 11 digits; month plus 20 or 40 for a bis number. */
    public static Arbitrary<String> digits() {
        return Combinators.combine(Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2025, 12, 31)),
                Arbitraries.integers().between(1, 998), Arbitraries.of(0, 0, 20, 40)).as(ValidInss::of);
    }

    static String of(LocalDate birth, int serial, int bisOffset) {
        String first9 = String.format("%02d%02d%02d%03d", birth.getYear() % 100, birth.getMonthValue() + bisOffset,
                birth.getDayOfMonth(), serial);
        return first9 + String.format("%02d", check(first9, birth.getYear() >= 2000));
    }

    static int check(String first9, boolean from2000) {
        long n = Long.parseLong(first9) + (from2000 ? 2_000_000_000L : 0);
        return 97 - (int) (n % 97);
    }

    /** The other century's check digits: a number written with them is another person's, or no one's. */
    public static int otherCentury(String digits) {
        String first9 = digits.substring(0, 9);
        int given = Integer.parseInt(digits.substring(9));
        return given == check(first9, false) ? check(first9, true) : check(first9, false);
    }
}
