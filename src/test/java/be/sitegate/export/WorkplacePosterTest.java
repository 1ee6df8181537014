package be.sitegate.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The poster printed (rendered) and its QR code read back the way a phone would. */
class WorkplacePosterTest {

    @TempDir
    Path folder;

    @Test
    void theQrCodeOnTheRenderedPageCarriesTheWorkplaceNumber() throws Exception {
        Path file = written(new WorkplacePoster(ExportData.CONSTRUCTION,
                List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("fr"), Locale.ENGLISH)));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertThat(pdf.getNumberOfPages()).isEqualTo(1);
            assertThat(pdf.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, 100, ImageType.RGB);
            assertThat(decode(page)).isEqualTo("1Y101DRUNWB5Z");
        }
    }

    @Test
    void thePosterSpeaksEachOfTheSitesLanguages() throws Exception {
        Path file = written(new WorkplacePoster(ExportData.CLEANING,
                List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("fr"), Locale.ENGLISH,
                        Locale.forLanguageTag("pl"))));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("1Y1003SQ5VSSZ", "Rue de la Loi 16, 1000 Bruxelles",
                    "Registreer je aanwezigheid", "Enregistrez votre présence", "Register your presence",
                    "Zarejestruj swoją obecność", "Schoonmaak · Nettoyage · Cleaning · Sprzątanie",
                    "Check In and Out at Work");
        }
        assertThat(new WorkplacePoster(ExportData.CLEANING, List.of(Locale.ENGLISH)).fileName())
                .isEqualTo("sitegate-poster-1Y1003SQ5VSSZ.pdf");
    }

    @Test
    void aLanguageWithoutTextsIsPrintedInEnglishOnce() throws Exception {
        Path file = written(new WorkplacePoster(ExportData.CONSTRUCTION,
                List.of(Locale.forLanguageTag("ja"), Locale.ENGLISH)));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text.split("Register your presence", -1)).hasSize(2);
        }
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        Result result = new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        return result.getText();
    }

    private Path written(ExportDocument document) throws Exception {
        ExportOutcome outcome = ExportJob.start(document, folder, Runnable::run, f -> { }).outcome()
                .get(60, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(ExportOutcome.Done.class);
        return ((ExportOutcome.Done) outcome).file();
    }
}
