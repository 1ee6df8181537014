package be.sitegate.kiosk;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/**
 * Writes today's documents for an inspector or the site into a folder the site manager chose (a USB
 * stick, usually). A port, so the screens need not know the export library nor the store: the
 * composition root implements it. Writing happens off the caller's thread; the future completes there too.
 */
public interface ReportWriter {

    enum Kind {
        /** Today's attendance as a PDF report (workplace header, totals, receipts, remarks). */
        PDF_REPORT,
        /** Today's attendance as CSV that opens in a spreadsheet as is. */
        CSV,
        /** The A4 poster with the workplace number and its QR code. */
        POSTER
    }

    /** How an export ended, in words the site manager can act on. */
    sealed interface Result {
        record Written(Path file) implements Result {
            public Written {
                Objects.requireNonNull(file, "file");
            }
        }

        /** @param plainText why, already in the language asked for (the export library words it) */
        record Failed(String plainText) implements Result {
            public Failed {
                Objects.requireNonNull(plainText, "plainText");
            }
        }

        record Cancelled() implements Result {
        }
    }

    /**
     * Starts writing today's {@code kind} for the workplace the kiosk is opened for; returns at once.
     * {@code progress} is told 0..1 on the writing thread.
     */
    CompletableFuture<Result> exportToday(Path folder, Kind kind, Locale language, DoubleConsumer progress);
}
