package be.sitegate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The evacuation list on paper: the workplace, the time of the list, the count, everyone on it, masked. */
class EvacuationReportTest {

    private static final Instant TEN_TO_ELEVEN = Instant.parse("2026-11-23T09:50:00Z");

    private static OnSiteList.Person person(String name, String employer, String since, String masked) {
        return new OnSiteList.Person(name, employer, Instant.parse(since), masked);
    }

    private static byte[] written(OnSiteList list, Locale language) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EvacuationReport(list, language).writeTo(out, f -> { });
        return out.toByteArray();
    }

    @Test
    void theListCarriesTheWorkplaceTheTimeTheCountAndEveryoneMasked() throws Exception {
        OnSiteList list = new OnSiteList(ExportData.CONSTRUCTION, List.of(
                person("Łukasz Ștefan", "Bouwbedrijf Peeters NV (0566.988.259)", "2026-11-23T06:02:00Z", "**.**.**-***.28"),
                person("Ayşe Çelik", "Bouwbedrijf Peeters NV (0566.988.259)", "2026-11-23T06:15:00Z", "**.**.**-***.71"),
                person("", "", "2026-11-22T21:00:00Z", "1234 5678 9012 34567")), TEN_TO_ELEVEN);

        try (PDDocument pdf = Loader.loadPDF(written(list, Locale.ENGLISH))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Who is on site now (evacuation list)", "1Y101DRUNWB5Z", "Kerkstraat 12, 9000 Gent",
                    "List made at", "2026-11-23 10:50", "People on site", "Present");
            assertThat(text).containsPattern("People on site\\s+3");
            assertThat(text).contains("Łukasz Ștefan", "Ayşe Çelik", "07:02", "07:15", "**.**.**-***.28");
            // in since last night: the day is printed too, so nobody reads 22:00 as tonight
            assertThat(text).contains("22/11 22:00", "Limosa (employer on the");
            assertThat(text).contains("☐").doesNotContain("?");
            assertThat(text).contains("Page 1 of 1");
        }
        assertThat(new EvacuationReport(list, Locale.ENGLISH).fileName())
                .isEqualTo("sitegate-onsite-1Y101DRUNWB5Z-2026-11-23_1050.pdf");
    }

    @Test
    void aLongListRunsOverPagesInTheForemansLanguage() throws Exception {
        List<OnSiteList.Person> crowd = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            crowd.add(person("Worker " + i, "Dakwerken Janssens BV (0403.170.701)", "2026-11-23T06:00:00Z", "**.**.**-***.0" + (i % 10)));
        }
        try (PDDocument pdf = Loader.loadPDF(written(new OnSiteList(ExportData.CONSTRUCTION, crowd, TEN_TO_ELEVEN),
                Locale.forLanguageTag("nl")))) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("Wie is nu op de werf (evacuatielijst)", "Worker 0", "Worker 299",
                    "Pagina " + pages + " van " + pages);
            assertThat(text).containsPattern("Personen op de werf\\s+300");
        }
    }

    @Test
    void nobodyOnSiteIsSaidNotLeftBlank() throws Exception {
        try (PDDocument pdf = Loader.loadPDF(written(new OnSiteList(ExportData.CONSTRUCTION, List.of(), TEN_TO_ELEVEN),
                Locale.ENGLISH))) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("Nobody is on site according to the kiosk.")
                    .containsPattern("People on site\\s+0");
        }
    }
}
