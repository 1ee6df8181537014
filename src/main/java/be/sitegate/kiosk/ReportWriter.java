package be.sitegate.kiosk;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/**
 * Writes documents for an inspector or the site into a folder the site manager chose (a USB stick,
 * usually): a day's or a period's attendance, or the workplace poster. A port, so the screens need
 * not know the export library nor the store: the composition root implements it. Writing happens
 * off the caller's thread; the result completes there too.
 */
public interface ReportWriter {

    enum Kind {
        /** The period's attendance as a PDF report (workplace header, totals per employer, receipts, remarks). */
        PDF_REPORT,
        /** The period's attendance as CSV that opens in a spreadsheet as is. */
        CSV,
        /** The A4 poster with the workplace number and its QR code (the same whatever the period). */
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

        /** Stopped on request before the file was in place: the folder holds nothing of it. */
        record Cancelled() implements Result {
        }
    }

    /** An export under way: its result to come, and a way to stop it (a Cancel button). */
    interface Running {

        /** Completes once, never exceptionally. */
        CompletableFuture<Result> result();

        /** Stops the export unless its file is already in place; it then ends {@link Result.Cancelled}. */
        void cancel();
    }

    /**
     * Starts writing {@code kind} for {@code period} on the workplace the kiosk is opened for; returns
     * at once. {@code progress} is told 0..1 on the writing thread.
     */
    Running export(Path folder, Kind kind, ReportPeriod period, Locale language, DoubleConsumer progress);
}
