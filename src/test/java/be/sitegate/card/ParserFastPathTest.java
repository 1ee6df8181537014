package be.sitegate.card;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.EidIdentity.BirthDate;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The parsers' fast paths read every text as the slow, general way does: the card dates as the
 * {@code dd.MM.uuuu} formatter (smart resolution included), the birth date as the parser did with
 * its expressions compiled on every call and every text put through NFD.
 */
class ParserFastPathTest {

    private static final DateTimeFormatter CARD_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final Random RANDOM = new Random(2026);

    /** {@code seed} with one to three characters of {@code alphabet} put in or written over, at random places. */
    private static String edited(String seed, String alphabet) {
        StringBuilder b = new StringBuilder(seed);
        int edits = 1 + RANDOM.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = b.length() == 0 ? 0 : RANDOM.nextInt(b.length() + 1);
            char c = alphabet.charAt(RANDOM.nextInt(alphabet.length()));
            if (at < b.length() && RANDOM.nextBoolean()) {
                b.setCharAt(at, c);
            } else {
                b.insert(at, c);
            }
        }
        return b.toString();
    }

    /** The formatter's date, or "refused". */
    private static Object byFormatter(String text) {
        try {
            return LocalDate.parse(text.trim(), CARD_DATE);
        } catch (DateTimeException e) {
            return "refused";
        }
    }

    private static Object byParser(String text) {
        try {
            return EidFileParser.date(text);
        } catch (CorruptFileException e) {
            return "refused";
        }
    }

    @Test
    void everyDayAndMonthNumberReadsAsTheFormatterReadsIt() {
        for (int year : new int[] {0, 4, 1900, 1999, 2000, 2023, 2024, 2100, 9999}) {
            for (int month = 0; month <= 13; month++) {
                for (int day = 0; day <= 32; day++) {
                    String text = String.format(Locale.ROOT, "%02d.%02d.%04d", day, month, year);
                    assertThat(byParser(text)).as(text).isEqualTo(byFormatter(text));
                }
            }
        }
    }

    @Test
    void oddTextsReadAsTheFormatterReadsThem() {
        List<String> texts = new ArrayList<>(List.of("", " ", "01.02.2020", " 01.02.2020 ", "1.02.2020", "01.2.2020",
                "01.02.20201", "01.02.020", "01-02-2020", "01.02.2O20", "0١.02.2020", "01.02.-020", "+1.02.2020",
                "01.02.+020", "01..02.2020", "01.02.2020\u0000", "\\t01.02.2020\\n", "01,02,2020", "aa.bb.cccc"));
        String alphabet = "0123456789. -+/aZ\u0660\u00e9";
        for (int i = 0; i < 20_000; i++) {
            texts.add(edited(RANDOM.nextBoolean() ? "15.06.2024" : "", alphabet));
        }
        for (String text : texts) {
            assertThat(byParser(text)).as("'%s'", text).isEqualTo(byFormatter(text));
        }
    }

    // The birth-date parser as it was before its expressions were compiled once and ASCII skipped NFD.
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("JAN", 1), Map.entry("JANV", 1), Map.entry("FEV", 2), Map.entry("FEB", 2), Map.entry("FEVR", 2),
            Map.entry("MARS", 3), Map.entry("MAAR", 3), Map.entry("MAR", 3), Map.entry("MRZ", 3),
            Map.entry("AVR", 4), Map.entry("APR", 4), Map.entry("MAI", 5), Map.entry("MEI", 5),
            Map.entry("JUIN", 6), Map.entry("JUN", 6), Map.entry("JUIL", 7), Map.entry("JUL", 7),
            Map.entry("AOUT", 8), Map.entry("AUG", 8), Map.entry("SEPT", 9), Map.entry("SEP", 9),
            Map.entry("OCT", 10), Map.entry("OKT", 10), Map.entry("NOV", 11), Map.entry("DEC", 12), Map.entry("DEZ", 12));

    private static Object before(String text) {
        String[] parts = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").trim()
                .toUpperCase(Locale.ROOT).split("[\\s.\\-/]+");
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
            return "impossible";
        }
        return "unrecognised";
    }

    private static Object now(String text) {
        try {
            return BirthDateParser.parse(text);
        } catch (CorruptFileException e) {
            return e.getMessage().contains("impossible") ? "impossible" : "unrecognised";
        }
    }

    @Test
    void birthDatesReadAsBefore() {
        List<String> texts = new ArrayList<>(List.of("15 JAN 1971", "15  JAN 1971", " 01 FÉV 1999 ", "03.MÄR.1980",
                "1980", "07 AOÛT 2001", "31 FEB 2000", "00 JAN 2000", "1 1 2000", "12/12/2012", "-12 DEC 1990", "12 DEC 1990-",
                "15 jan 1971", "15 janv. 1971", "١٥ JAN 1971", "15 JAN ١٩٧١", "15\u00a0JAN 1971", "15\tJAN\n1971", "", "  ",
                "e\u0301", "15 DE\u0301C 1971", "15 ß 1971", "15 ı 1971", "15 ﬀ 1971"));
        String alphabet = "0123456789 .-/\tJANFEVMRSOUTDCZabcdeÉÄÛ\u0301\u00a0ıß١";
        for (int i = 0; i < 20_000; i++) {
            texts.add(edited(RANDOM.nextBoolean() ? "15 JAN 1971" : RANDOM.nextBoolean() ? "03.MÄR.1980" : "", alphabet));
        }
        for (String text : texts) {
            assertThat(Objects.toString(now(text))).as("'%s'", text).isEqualTo(Objects.toString(before(text)));
        }
    }
}
