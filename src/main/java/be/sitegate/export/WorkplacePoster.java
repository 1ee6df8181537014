package be.sitegate.export;

import be.sitegate.domain.Workplace;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The poster for the site entrance, one A4 page: "register your presence" in each of the site's
 * languages, the workplace number large enough to type from two metres, the address, sector and
 * mode, and a QR code that carries the workplace number for workers who register with their phone.
 *
 * <p>The QR code holds the bare workplace number ({@code 1Y101DRUNWB5Z}): the declaration's own QR
 * layout is not published (docs/exports.md), and a bare number is what every reader of a workplace
 * QR, this kiosk's initialisation screen included, accepts.
 */
public final class WorkplacePoster implements ExportDocument {

    private static final PDRectangle A4 = PDRectangle.A4;
    private static final float MARGIN = 48;
    private static final float QR_SIDE = 250; // about 9 cm: a phone reads it from a metre

    private final Workplace workplace;
    private final List<ExportLabels> languages;

    /** @param languages the site's languages, in the order they are printed; the first leads */
    public WorkplacePoster(Workplace workplace, List<Locale> languages) {
        this.workplace = Objects.requireNonNull(workplace, "workplace");
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("a poster needs at least one language");
        }
        Set<Locale> distinct = new LinkedHashSet<>();
        List<ExportLabels> labels = new ArrayList<>();
        for (Locale language : languages) {
            ExportLabels l = ExportLabels.forLocale(language);
            if (distinct.add(l.locale())) {
                labels.add(l);
            }
        }
        this.languages = List.copyOf(labels);
    }

    /** What the QR code carries. */
    public static String qrContents(Workplace workplace) {
        return workplace.id().toString();
    }

    @Override
    public String fileName() {
        return FileNames.poster(workplace.id());
    }

    @Override
    public void writeTo(OutputStream out, Progress progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            document.getDocumentInformation().setTitle(languages.get(0).text("poster.workplace") + " " + workplace.id());
            document.getDocumentInformation().setCreator("SiteGate");
            PdfFonts fonts = PdfFonts.load(document);
            PDPage page = new PDPage(A4);
            document.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(document, page)) {
                draw(s, fonts);
            }
            progress.report(0.5);
            document.save(out);
        }
        progress.report(1);
    }

    private void draw(PDPageContentStream s, PdfFonts fonts) throws IOException {
        float width = A4.getWidth() - 2 * MARGIN;
        float y = A4.getHeight() - MARGIN;
        float titleSize = languages.size() > 3 ? 20 : 26;
        for (ExportLabels l : languages) {
            y -= titleSize * 1.25f;
            centred(s, fonts, fonts.bold, titleSize, y, l.text("poster.title"), width);
        }
        y -= 30;
        centred(s, fonts, fonts.regular, 12, y, joined(l -> l.text("poster.workplace")), width);
        String number = workplace.id().formatted();
        float numberSize = Math.min(64, 64 * width / PdfFonts.width(fonts.bold, 64, number));
        y -= numberSize * 1.05f;
        centred(s, fonts, fonts.bold, numberSize, y, number, width);

        y -= 12 + QR_SIDE;
        QrCode.of(qrContents(workplace)).draw(s, (A4.getWidth() - QR_SIDE) / 2, y, QR_SIDE);

        y -= 24;
        centred(s, fonts, fonts.bold, 13, y, workplace.address(), width);
        y -= 18;
        centred(s, fonts, fonts.regular, 11, y, joined(l -> l.sector(workplace.sector())), width);
        y -= 15;
        centred(s, fonts, fonts.regular, 11, y, languages.get(0).mode(workplace.mode()), width);
        y -= 10;
        for (ExportLabels l : languages) {
            y -= 15;
            centred(s, fonts, fonts.regular, 11, y, l.text("poster.phone"), width);
        }
    }

    /** The same word in each language, once each: "Bouw · Construction". */
    private String joined(java.util.function.Function<ExportLabels, String> text) {
        return languages.stream().map(text).distinct().collect(Collectors.joining(" · "));
    }

    /** One centred line, made smaller until it fits the width (a long address in a long language). */
    private static void centred(PDPageContentStream s, PdfFonts fonts, PDFont font, float size, float baseline,
            String text, float width) throws IOException {
        String printable = fonts.printable(font, text);
        float fitted = size;
        float w = PdfFonts.width(font, fitted, printable);
        if (w > width) {
            fitted = size * width / w;
            w = width;
        }
        s.beginText();
        s.setFont(font, fitted);
        s.newLineAtOffset(MARGIN + (width - w) / 2, baseline);
        s.showText(printable);
        s.endText();
    }
}
