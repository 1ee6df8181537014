package be.sitegate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report opened again with PDFBox, its text read back as an inspector's PDF reader would. */
class AttendanceReportTest {

    @TempDir
    Path folder;

    @Test
    void theReportCarriesTheHeaderTheTotalsEveryReceiptAndRemarkAndNamesFromEverywhere() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(written(new AttendanceReport(ExportData.constructionDay(),
                Locale.ENGLISH)).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Attendance on the workplace", "1Y101DRUNWB5Z", "Kerkstraat 12, 9000 Gent",
                    "Construction", "Checkinatwork (once a day)", "2026-11-23", "Generated at", "2026-11-23 16:30");
            assertThat(text).contains("Totals per employer", "Totals per status");
            // builder: 2 people, 2 records; roofer: one here, one through another channel
            assertThat(text).containsPattern("Bouwbedrijf Peeters NV \\(0566\\.988\\.259\\)\\s+2\\s+2");
            assertThat(text).containsPattern("Dakwerken Janssens BV \\(0403\\.170\\.701\\)\\s+2\\s+2");
            assertThat(text).containsPattern("Registered\\s+3");
            assertThat(text).containsPattern("Total\\s+6\\s+6");
            assertThat(text).contains("100000000001", "100000000002", "100000000005", "100000000006");
            assertThat(text).contains("RELATED DIMONA NOT OK", "INVALID_COMPANY_ID");
            assertThat(text).contains("Łukasz Ștefan", "Ayşe Çelik", "Мирослав Петров", "João Gonçalves");
            int pages = pdf.getNumberOfPages();
            assertThat(text).contains("Other channel", "Page 1 of " + pages, "Page " + pages + " of " + pages);
            // Every way of identifying that occurs is counted and said what it proves; the others are not listed.
            assertThat(text).contains("Totals per identification", "What it proves");
            assertThat(text).containsPattern("eID \\+ chip\\s+The National Register signed");
            String flowing = text.replaceAll("\\s+", " "); // the sentences wrap in their cells
            assertThat(flowing).contains("the real card was here", "a copy on another chip would pass too",
                    "proves who owns the badge", "this kiosk saw nothing");
            assertThat(text).doesNotContain("Typed by the foreman");
            assertThat(text).doesNotContain("Elsewhere Person", "199999999999", "Tomorrow Person");
        }
    }

    @Test
    void theFontIsEmbeddedAsASubset() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(written(new AttendanceReport(ExportData.constructionDay(),
                Locale.forLanguageTag("pl"))).toFile())) {
            PDFont font = pdf.getPage(0).getResources().getFont(
                    pdf.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans.*"); // the subset tag
            assertThat(new PDFTextStripper().getText(pdf)).contains("Obecności na miejscu pracy",
                    "Strona 1 z " + pdf.getNumberOfPages());
        }
    }

    @Test
    void twoThousandPeopleRunOverManyNumberedPagesWithEveryReceipt() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(written(new AttendanceReport(ExportData.crowd(2000),
                Locale.forLanguageTag("nl"))).toFile())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(20);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Pagina 1 van " + pages, "Pagina " + pages + " van " + pages);
            assertThat(text).contains("Łukasz Kowalczyk-0", "Łukasz Kowalczyk-1999", "200000000000", "200000001999");
            assertThat(text).containsPattern("Totaal\\s+2000\\s+2000");
        }
    }

    @Test
    void aCleaningDayShowsInBreakAndEnd() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(written(new AttendanceReport(ExportData.cleaningDay(),
                Locale.forLanguageTag("fr"))).toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Nettoyage", "Check In and Out at Work", "Entrée", "Sortie (pause)",
                    "Ștefania Popescu", "100000000101", "100000000104");
            // the longest French movement wraps in its column; read as one text it is whole
            assertThat(text.replaceAll("\\s+", " ")).contains("Sortie (fin du travail)");
            assertThat(text).containsPattern("Total\\s+1\\s+4"); // one person, four events
        }
    }

    private Path written(ExportDocument document) throws Exception {
        ExportOutcome outcome = ExportJob.start(document, folder, Runnable::run, f -> { }).outcome()
                .get(120, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(ExportOutcome.Done.class);
        return ((ExportOutcome.Done) outcome).file();
    }
}
