package be.sitegate.kiosk.fake;

import be.sitegate.kiosk.ReportPeriod;
import be.sitegate.kiosk.ReportWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.DoubleConsumer;

/** Records each export asked for and leaves it open until the test finishes it, as a slow stick would. */
public final class FakeReportWriter implements ReportWriter {

    /** "KIND folder language", in the order asked. */
    public final List<String> asked = new CopyOnWriteArrayList<>();
    /** The period of each export asked for, in the same order. */
    public final List<ReportPeriod> periods = new CopyOnWriteArrayList<>();
    public volatile CompletableFuture<Result> pending;
    public volatile DoubleConsumer progress;
    /** How many times the screen asked the export under way to stop. */
    public volatile int cancels;

    @Override
    public Running export(Path folder, Kind kind, ReportPeriod period, Locale language, DoubleConsumer progress) {
        asked.add(kind + " " + folder + " " + language);
        periods.add(period);
        this.progress = progress;
        CompletableFuture<Result> next = new CompletableFuture<>();
        pending = next;
        return new Running() {
            @Override
            public CompletableFuture<Result> result() {
                return next;
            }

            @Override
            public void cancel() {
                cancels++;
            }
        };
    }
}
