package be.sitegate.card;

import static be.sitegate.fuzz.PerInputDeadline.within;
import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.EidIdentity.BirthDate;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.time.api.Dates;

/**
 * The birth-date text of the identity file (issue 18, part 5): any text is a birth date or a
 * {@link CorruptFileException}; every date written the ways cards write it reads back as itself.
 */
class BirthDateParserFuzzTest {

    private static final String[] FRENCH = {"JANV", "FEV", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOUT", "SEPT", "OCT",
            "NOV", "DEC"};
    private static final String[] DUTCH = {"JAN", "FEB", "MAAR", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV",
            "DEC"};
    private static final String[] GERMAN = {"JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV",
            "DEZ"};

    @Property
    void anyTextIsADateOrCorrupt(@ForAll("dateLikeText") String text) throws Exception {
        try {
            BirthDate date = within(() -> BirthDateParser.parse(text));
            assertThat(date.year()).isBetween(0, 9999);
        } catch (CorruptFileException expected) {
            // the documented failure
        }
    }

    @Property
    void aDateWrittenAsCardsWriteItReadsBack(@ForAll("birthDays") LocalDate day, @ForAll("form") int form)
            throws Exception {
        int m = day.getMonthValue() - 1;
        String text = switch (form) {
            case 0 -> String.format("%02d %s %04d", day.getDayOfMonth(), FRENCH[m], day.getYear());
            case 1 -> String.format("%02d %s %04d", day.getDayOfMonth(), DUTCH[m], day.getYear());
            case 2 -> String.format("%02d.%s.%04d", day.getDayOfMonth(), GERMAN[m], day.getYear());
            default -> String.format("%02d  %s  %04d", day.getDayOfMonth(), FRENCH[m].toLowerCase(), day.getYear());
        };
        assertThat(within(() -> BirthDateParser.parse(text))).isEqualTo(BirthDate.of(day));
    }

    @Provide
    Arbitrary<String> dateLikeText() {
        return Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withChars("0123456789 .-/\t").ofMaxLength(16),
                Arbitraries.strings().withChars("0123456789 .JANFEVMRSAVRIUOTCDZKPGLÉÛÄéûä\u0301").ofMaxLength(16));
    }

    @Provide
    Arbitrary<LocalDate> birthDays() {
        return Dates.dates().between(LocalDate.of(1900, 1, 1), LocalDate.of(2030, 12, 31));
    }

    @Provide
    Arbitrary<Integer> form() {
        return Arbitraries.integers().between(0, 3);
    }
}
