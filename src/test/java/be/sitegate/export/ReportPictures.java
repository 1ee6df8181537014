package be.sitegate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The attendance report's pages as an inspector sees them, for the docs (run by
 * docs/screens/make-screens.sh; skipped in normal builds): the construction day of the tests, whose
 * lines identify every way there is, in English and Dutch, written to
 * {@code docs/screens/exports/attendance-report-<lang>-<page>.png}.
 */
@EnabledIfSystemProperty(named = "sitegate.screenshots", matches = ".+")
class ReportPictures {

    @TempDir
    Path folder;

    @Test
    void renderTheReportsPages() throws Exception {
        Path out = Path.of(System.getProperty("sitegate.screenshots")).resolve("exports");
        Files.createDirectories(out);
        for (String language : new String[] {"en", "nl"}) {
            ExportOutcome outcome = ExportJob.start(new AttendanceReport(ExportData.constructionDay(),
                    Locale.forLanguageTag(language)), folder, Runnable::run, f -> { }).outcome().get(120, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(ExportOutcome.Done.class);
            try (PDDocument pdf = Loader.loadPDF(((ExportOutcome.Done) outcome).file().toFile())) {
                PDFRenderer renderer = new PDFRenderer(pdf);
                for (int page = 0; page < pdf.getNumberOfPages(); page++) {
                    BufferedImage image = renderer.renderImageWithDPI(page, 110, ImageType.RGB);
                    ImageIO.write(image, "png", out.resolve("attendance-report-" + language + "-" + (page + 1) + ".png")
                            .toFile());
                }
            }
        }
    }
}
