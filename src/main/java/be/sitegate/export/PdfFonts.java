package be.sitegate.export;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans, regular and bold, embedded in the document as subsets (only the glyphs used), so that
 * Łukasz, Ștefan, Çelik and Тарас print as written on any printer and the file stays small. A
 * character DejaVu lacks (an emoji a name never should hold) prints as {@code ?} instead of failing
 * the whole report.
 */
final class PdfFonts {

    private static final String FOLDER = "/be/sitegate/export/fonts/";

    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> printable = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts load(PDDocument document) throws IOException {
        return new PdfFonts(font(document, "DejaVuSans.ttf"), font(document, "DejaVuSans-Bold.ttf"));
    }

    private static PDFont font(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("font missing from the application: " + file);
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** {@code text} on one line in {@code font}: line breaks and control characters as spaces, missing glyphs as '?'. */
    String printable(PDFont font, String text) {
        Map<Integer, Boolean> known = printable.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.LINE_SEPARATOR
                    || Character.getType(cp) == Character.PARAGRAPH_SEPARATOR) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> canEncode(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** Width of already printable text, in points. */
    static float width(PDFont font, float size, String printableText) {
        try {
            return font.getStringWidth(printableText) / 1000f * size;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static boolean canEncode(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
