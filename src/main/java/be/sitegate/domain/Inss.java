package be.sitegate.domain;

import be.sitegate.domain.InvalidIdentifierException.Reason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.Optional;

/**
 * A Belgian social-security identification number (INSZ/NISS): a national register number or a
 * bis number. {@code YYMMDD SSS CC}: birth date (month and/or day may be 00; bis numbers add 20 or
 * 40 to the month), serial 001-998, and mod-97 check digits computed over {@code 2YYMMDDSSS} for
 * people born from 2000 on.
 */
public final class Inss {

    private static final String TYPE = "INSS";
    private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

    /**
     * The national numbers printed on the government's public specimen eID cards. They carry valid
     * check digits but deliberately impossible parts (month 71, serial 000 or 999), so the rules
     * below would refuse them; they are recognised by name instead and flagged, so that a
     * production kiosk can refuse specimen cards while demos and tests can use them.
     */
    private static final java.util.Set<String> SPECIMENS = java.util.Set.of("71715100070", "01050399963");

    private final String digits;
    private final boolean bornFrom2000;

    private Inss(String digits, boolean bornFrom2000) {
        this.digits = digits;
        this.bornFrom2000 = bornFrom2000;
    }

    public static boolean isValid(String input) {
        try {
            parse(input);
            return true;
        } catch (InvalidIdentifierException e) {
            return false;
        }
    }

    /** Accepts {@code 85073003361}, {@code 85.07.30-033.61} and similar; throws with the first broken rule. */
    public static Inss parse(String input) {
        String d = IdentifierText.digits(TYPE, input, 11, 11);
        if (SPECIMENS.contains(d)) {
            return new Inss(d, d.startsWith("0"));
        }
        int yy = Integer.parseInt(d.substring(0, 2));
        int encodedMonth = Integer.parseInt(d.substring(2, 4));
        int day = Integer.parseInt(d.substring(4, 6));
        int serial = Integer.parseInt(d.substring(6, 9));
        int check = Integer.parseInt(d.substring(9, 11));

        int month = realMonth(encodedMonth);
        if (month < 0) {
            throw new InvalidIdentifierException(TYPE, Reason.IMPOSSIBLE_MONTH);
        }
        if (day > 31) {
            throw new InvalidIdentifierException(TYPE, Reason.IMPOSSIBLE_DAY);
        }
        if (serial == 0 || serial == 999) {
            throw new InvalidIdentifierException(TYPE, Reason.IMPOSSIBLE_SERIAL);
        }

        long first9 = Long.parseLong(d.substring(0, 9));
        boolean matches1900 = IdentifierText.mod97CheckDigits(first9) == check;
        boolean matches2000 = IdentifierText.mod97CheckDigits(2_000_000_000L + first9) == check;
        if (!matches1900 && !matches2000) {
            throw new InvalidIdentifierException(TYPE, Reason.WRONG_CHECK_DIGITS);
        }
        // The check digits choose the century; the date must make sense in that century.
        int year = (matches2000 ? 2000 : 1900) + yy;
        if (month > 0 && day > 0 && !isCalendarDate(year, month, day)) {
            throw new InvalidIdentifierException(TYPE, Reason.IMPOSSIBLE_DAY);
        }
        if (year > Year.now(BELGIUM).getValue()) {
            throw new InvalidIdentifierException(TYPE, Reason.FUTURE_BIRTH_DATE);
        }
        return new Inss(d, matches2000);
    }

    /** The calendar month hidden in the encoded month, 0 when unknown, -1 when impossible. */
    private static int realMonth(int encoded) {
        if (encoded <= 12) {
            return encoded;
        }
        if (encoded >= 20 && encoded <= 32) {
            return encoded - 20;
        }
        if (encoded >= 40 && encoded <= 52) {
            return encoded - 40;
        }
        return -1;
    }

    private static boolean isCalendarDate(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** One of the public specimen cards' numbers: fine for demos, never a real person. */
    public boolean isSpecimen() {
        return SPECIMENS.contains(digits);
    }

    /** A bis number: issued by the Crossroads Bank to people not in the national register. */
    public boolean isBis() {
        return !isSpecimen() && Integer.parseInt(digits.substring(2, 4)) > 12;
    }

    public int birthYear() {
        return (bornFrom2000 ? 2000 : 1900) + Integer.parseInt(digits.substring(0, 2));
    }

    /** The full birth date when both month and day are known. */
    public Optional<LocalDate> birthDate() {
        int month = realMonth(Integer.parseInt(digits.substring(2, 4)));
        int day = Integer.parseInt(digits.substring(4, 6));
        if (month <= 0 || day == 0 || !isCalendarDate(birthYear(), month, day)) {
            return Optional.empty();
        }
        return Optional.of(LocalDate.of(birthYear(), month, day));
    }

    /** The canonical form: 11 bare digits, as stored and sent. */
    @Override
    public String toString() {
        return digits;
    }

    /** {@code YY.MM.DD-SSS.CC}, as printed on the card. */
    public String formatted() {
        return digits.substring(0, 2) + "." + digits.substring(2, 4) + "." + digits.substring(4, 6)
                + "-" + digits.substring(6, 9) + "." + digits.substring(9, 11);
    }

    /**
     * {@code **.**.**-***.CC}: only the two check digits, on every screen others can see and in logs.
     * The birth date (the first six digits) with a name on the same screen narrows a person down to a
     * few hundred candidates, and the serial's last digit gives the sex; the check digits are a
     * checksum of the rest, spread evenly over 97 values, so they say almost nothing about the person
     * yet let a worker see that the number on screen ends like theirs. The punctuation stays so the
     * masked form reads as a national number at a glance.
     */
    public String masked() {
        return mask(digits.substring(9, 11));
    }

    /** The masked form for the given two check digits (shared with the log mask, which cannot parse). */
    public static String mask(String checkDigits) {
        return "**.**.**-***." + checkDigits;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Inss other && other.digits.equals(digits);
    }

    @Override
    public int hashCode() {
        return digits.hashCode();
    }
}
