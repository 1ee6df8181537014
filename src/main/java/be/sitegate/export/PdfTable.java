package be.sitegate.export;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A table drawn down {@link PdfPages}: every cell wraps at its column's width (a remark is printed
 * whole, up to 12 lines, far more than the service's longest remark needs), a row is never split over two pages, and the header row is repeated at the top
 * of every page the table runs onto.
 */
final class PdfTable {

    private static final float PADDING = 2;
    private static final int MAX_LINES_PER_CELL = 12;

    private final PdfFonts fonts;
    private final float fontSize;
    private final float leading;
    private final List<String> headers;
    private final float[] widths;

    /** @param shares each column's share of the page's width */
    PdfTable(PdfFonts fonts, float fontSize, List<String> headers, float[] shares, float pageWidth) {
        this.fonts = fonts;
        this.fontSize = fontSize;
        this.leading = fontSize * 1.25f;
        this.headers = headers;
        float sum = 0;
        for (float share : shares) {
            sum += share;
        }
        this.widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) {
            widths[i] = pageWidth * shares[i] / sum;
        }
    }

    /** Draws the rows; {@code drawn} hears the index of each row once it is on its page. */
    void draw(PdfPages pages, List<List<String>> rows, IntConsumer drawn) throws IOException {
        List<List<String>> header = wrapRow(fonts.bold, headers);
        pages.ensure(height(header) + leading * 2);
        drawRow(pages, fonts.bold, header, true);
        for (int i = 0; i < rows.size(); i++) {
            List<List<String>> cells = wrapRow(fonts.regular, rows.get(i));
            float h = height(cells);
            if (pages.y() - h < pages.bottom()) {
                pages.newPage();
                drawRow(pages, fonts.bold, header, true);
            }
            drawRow(pages, fonts.regular, cells, false);
            drawn.accept(i);
        }
    }

    private void drawRow(PdfPages pages, PDFont font, List<List<String>> cells, boolean isHeader) throws IOException {
        float h = height(cells);
        float top = pages.y();
        PDPageContentStream s = pages.stream();
        if (isHeader) {
            s.setNonStrokingColor(0.88f);
            s.addRect(pages.left(), top - h, total(), h);
            s.fill();
            s.setNonStrokingColor(0f);
        }
        float x = pages.left();
        for (int c = 0; c < cells.size(); c++) {
            List<String> lines = cells.get(c);
            for (int l = 0; l < lines.size(); l++) {
                if (!lines.get(l).isEmpty()) {
                    pages.text(font, fontSize, x + PADDING, top - PADDING - fontSize - l * leading, lines.get(l));
                }
            }
            x += widths[c];
        }
        // a hairline under each row guides the eye along a long line without the weight of a full grid
        s.setLineWidth(0.3f);
        s.setStrokingColor(0.6f);
        s.moveTo(pages.left(), top - h);
        s.lineTo(pages.left() + total(), top - h);
        s.stroke();
        pages.down(h);
    }

    private float total() {
        float sum = 0;
        for (float w : widths) {
            sum += w;
        }
        return sum;
    }

    private float height(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) {
            lines = Math.max(lines, cell.size());
        }
        return lines * leading + 2 * PADDING;
    }

    private List<List<String>> wrapRow(PDFont font, List<String> values) {
        List<List<String>> cells = new ArrayList<>(values.size());
        for (int c = 0; c < values.size(); c++) {
            cells.add(wrap(font, fonts.printable(font, values.get(c)), widths[c] - 2 * PADDING));
        }
        return cells;
    }

    /** Greedy word wrap; a word longer than the column is broken after a '_' or '-', else where it must be. */
    List<String> wrap(PDFont font, String text, float width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.strip().split(" +")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (PdfFonts.width(font, fontSize, candidate) <= width) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (PdfFonts.width(font, fontSize, rest) > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && PdfFonts.width(font, fontSize, rest.substring(0, cut)) > width) {
                    cut--;
                }
                int joint = Math.max(rest.lastIndexOf('_', cut - 1), rest.lastIndexOf('-', cut - 1));
                if (joint > 0) {
                    cut = joint + 1; // INVALID_COMPANY_ID breaks after an underscore, not inside a word
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        if (lines.size() > MAX_LINES_PER_CELL) {
            List<String> kept = new ArrayList<>(lines.subList(0, MAX_LINES_PER_CELL));
            kept.set(MAX_LINES_PER_CELL - 1, kept.get(MAX_LINES_PER_CELL - 1) + " …");
            return kept;
        }
        return lines;
    }
}
