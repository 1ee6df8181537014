package be.sitegate.kiosk.fake;

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
    public volatile CompletableFuture<Result> pending;
    public volatile DoubleConsumer progress;

    @Override
    public CompletableFuture<Result> exportToday(Path folder, Kind kind, Locale language, DoubleConsumer progress) {
        asked.add(kind + " " + folder + " " + language);
        this.progress = progress;
        CompletableFuture<Result> next = new CompletableFuture<>();
        pending = next;
        return next;
    }
}
