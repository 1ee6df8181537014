package be.sitegate.card;

import be.sitegate.domain.EidIdentity.BirthDate;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the birth-date text of the identity file: {@code DD mmmm YYYY} with French or Dutch month
 * abbreviations, German cards' {@code DD.mmm.YYYY}, sometimes only {@code YYYY}, and the double
 * spaces some cards carry. Accents are ignored ({@code MÄR}, {@code FÉV}, {@code AOÛT}).
 */
public final class BirthDateParser {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1), Map.entry("JANV", 1),
            Map.entry("FEV", 2), Map.entry("FEB", 2), Map.entry("FEVR", 2),
            Map.entry("MARS", 3), Map.entry("MAAR", 3), Map.entry("MAR", 3), Map.entry("MRZ", 3),
            Map.entry("AVR", 4), Map.entry("APR", 4),
            Map.entry("MAI", 5), Map.entry("MEI", 5),
            Map.entry("JUIN", 6), Map.entry("JUN", 6),
            Map.entry("JUIL", 7), Map.entry("JUL", 7),
            Map.entry("AOUT", 8), Map.entry("AUG", 8),
            Map.entry("SEPT", 9), Map.entry("SEP", 9),
            Map.entry("OCT", 10), Map.entry("OKT", 10),
            Map.entry("NOV", 11),
            Map.entry("DEC", 12), Map.entry("DEZ", 12));

    /*
     * Compiled once: String.split and String.matches compile their expression on every call, which
     * was most of the cost of parsing an identity file.
     */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s.\\-/]+");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern DAY_OR_MONTH = Pattern.compile("\\d{1,2}");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");

    private BirthDateParser() {
    }

    public static BirthDate parse(String text) throws CorruptFileException {
        String[] parts = SEPARATORS.split(normalise(text));
        try {
            if (parts.length == 1 && YEAR.matcher(parts[0]).matches()) {
                return BirthDate.yearOnly(Integer.parseInt(parts[0]));
            }
            if (parts.length == 3 && DAY_OR_MONTH.matcher(parts[0]).matches() && YEAR.matcher(parts[2]).matches()) {
                int day = Integer.parseInt(parts[0]);
                int year = Integer.parseInt(parts[2]);
                Integer month = DAY_OR_MONTH.matcher(parts[1]).matches() ? Integer.valueOf(parts[1])
                        : MONTHS.get(parts[1]);
                if (month != null) {
                    return BirthDate.of(LocalDate.of(year, month, day));
                }
            }
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new CorruptFileException("impossible birth date", e);
        }
        throw new CorruptFileException("unrecognised birth date form");
    }

    private static String normalise(String text) {
        // ASCII has no accents to take off: NFD leaves it as it is and it holds no combining mark.
        String noAccents = isAscii(text) ? text
                : MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return noAccents.trim().toUpperCase(Locale.ROOT);
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
