package be.sitegate.card;

import be.sitegate.domain.EidIdentity.BirthDate;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

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

    private BirthDateParser() {
    }

    public static BirthDate parse(String text) throws CorruptFileException {
        String[] parts = normalise(text).split("[\\s.\\-/]+");
        try {
            if (parts.length == 1 && parts[0].matches("\\d{4}")) {
                return BirthDate.yearOnly(Integer.parseInt(parts[0]));
            }
            if (parts.length == 3 && parts[0].matches("\\d{1,2}") && parts[2].matches("\\d{4}")) {
                int day = Integer.parseInt(parts[0]);
                int year = Integer.parseInt(parts[2]);
                Integer month = parts[1].matches("\\d{1,2}") ? Integer.valueOf(parts[1]) : MONTHS.get(parts[1]);
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
        String noAccents = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return noAccents.trim().toUpperCase(Locale.ROOT);
    }
}
