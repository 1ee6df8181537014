package be.sitegate.export;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A column of content that runs over as many pages as it needs: a cursor going down the page, a
 * new page when something does not fit, and page numbers written at the end, when the total is known.
 */
final class PdfPages {

    static final float MARGIN = 36; // half an inch: inside every printer's unprintable border
    private static final float FOOTER = 18;

    private final PDDocument document;
    private final PDRectangle size;
    private PDPageContentStream stream;
    private float y;

    PdfPages(PDDocument document, PDRectangle size) {
        this.document = document;
        this.size = size;
    }

    PDPageContentStream stream() throws IOException {
        if (stream == null) {
            newPage();
        }
        return stream;
    }

    void newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(size);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = size.getHeight() - MARGIN;
    }

    float left() {
        return MARGIN;
    }

    float width() {
        return size.getWidth() - 2 * MARGIN;
    }

    float y() {
        return y;
    }

    float bottom() {
        return MARGIN + FOOTER;
    }

    /** Makes room for {@code height} points, on a new page if this one has less left. */
    void ensure(float height) throws IOException {
        if (stream == null || y - height < bottom()) {
            newPage();
        }
    }

    void down(float height) {
        y -= height;
    }

    void text(PDFont font, float fontSize, float x, float baseline, String printableText) throws IOException {
        PDPageContentStream s = stream();
        s.beginText();
        s.setFont(font, fontSize);
        s.newLineAtOffset(x, baseline);
        s.showText(printableText);
        s.endText();
    }

    /** Closes the last page and writes "page n of N" at the foot of every page. */
    void finish(PdfFonts fonts, ExportLabels labels) throws IOException {
        closeStream();
        int total = document.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream footer = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.APPEND, true, true)) {
                String text = fonts.printable(fonts.regular, labels.format("report.page", String.valueOf(i + 1), String.valueOf(total)));
                float w = PdfFonts.width(fonts.regular, 8, text);
                footer.beginText();
                footer.setFont(fonts.regular, 8);
                footer.newLineAtOffset(size.getWidth() - MARGIN - w, MARGIN);
                footer.showText(text);
                footer.endText();
            }
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }
}
