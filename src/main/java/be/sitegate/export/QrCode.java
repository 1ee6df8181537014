package be.sitegate.export;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import com.google.zxing.qrcode.encoder.QRCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A QR code drawn as filled vector rectangles, one per run of dark modules on a row: sharp at any
 * printer's resolution, and a few hundred path operations instead of an image. Error correction
 * level M survives a smudge or a fold of a poster on a site fence.
 */
final class QrCode {

    /** The white border QR readers need around the code, in modules. */
    static final int QUIET_ZONE = 4;

    private final ByteMatrix modules;

    private QrCode(ByteMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(String contents) {
        try {
            QRCode code = Encoder.encode(contents, ErrorCorrectionLevel.M,
                    Map.of(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            return new QrCode(code.getMatrix());
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as a QR code: " + contents, e);
        }
    }

    /** Modules across, without the quiet zone. */
    int size() {
        return modules.getWidth();
    }

    /** Draws the code with its quiet zone in a square of {@code side} points whose lower left corner is (x, y). */
    void draw(PDPageContentStream s, float x, float y, float side) throws IOException {
        int n = size();
        float module = side / (n + 2 * QUIET_ZONE);
        float top = y + side - QUIET_ZONE * module;
        float left = x + QUIET_ZONE * module;
        s.setNonStrokingColor(0f);
        for (int row = 0; row < n; row++) {
            int col = 0;
            while (col < n) {
                if (modules.get(col, row) != 1) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < n && modules.get(col, row) == 1) {
                    col++;
                }
                s.addRect(left + start * module, top - (row + 1) * module, (col - start) * module, module);
            }
        }
        s.fill();
    }
}
