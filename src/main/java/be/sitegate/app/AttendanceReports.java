package be.sitegate.app;

import be.sitegate.domain.KioskInitialisation;
import be.sitegate.export.AttendanceCsv;
import be.sitegate.export.AttendanceExport;
import be.sitegate.export.AttendanceReport;
import be.sitegate.export.ExportDocument;
import be.sitegate.export.ExportJob;
import be.sitegate.export.ExportOutcome;
import be.sitegate.export.ExportPeriod;
import be.sitegate.export.WorkplacePoster;
import be.sitegate.kiosk.AttendanceLog;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.ReportWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;

/**
 * The kiosk's {@link ReportWriter}: today's attendance (this kiosk's and the other channels', as the
 * foreman's list shows it) handed to the export library, which writes off the screen's thread.
 */
final class TodayReports implements ReportWriter {

    /** The poster is read by workers of every origin: the site's chosen language first, then the usual four. */
    private static final List<Locale> POSTER_LANGUAGES = List.of(Locale.forLanguageTag("nl"),
            Locale.forLanguageTag("fr"), Locale.forLanguageTag("de"), Locale.ENGLISH);

    private final KioskSession session;
    private final AttendanceLog log;
    private final Executor executor;

    TodayReports(KioskSession session, AttendanceLog log, Executor executor) {
        this.session = session;
        this.log = log;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<Result> exportToday(Path folder, Kind kind, Locale language, DoubleConsumer progress) {
        Optional<KioskInitialisation> opened = session.current();
        if (opened.isEmpty()) {
            return CompletableFuture.completedFuture(new Result.Failed("the kiosk is not opened for a workplace"));
        }
        // Reading the day's lists queries the store: do it on the writing thread too, not the screen's.
        CompletableFuture<ExportDocument> document = CompletableFuture.supplyAsync(
                () -> document(opened.get(), kind, language), executor);
        return document.thenCompose(d -> ExportJob.start(d, folder, executor, progress).outcome())
                .thenApply(outcome -> result(outcome, language))
                .exceptionally(e -> new Result.Failed(String.valueOf(e.getMessage())));
    }

    private ExportDocument document(KioskInitialisation opened, Kind kind, Locale language) {
        var workplace = opened.workplace();
        if (kind == Kind.POSTER) {
            var languages = new LinkedHashSet<Locale>();
            languages.add(Locale.forLanguageTag(language.getLanguage()));
            languages.addAll(POSTER_LANGUAGES);
            return new WorkplacePoster(workplace, List.copyOf(languages));
        }
        LocalDate today = session.today();
        var export = new AttendanceExport(workplace, ExportPeriod.day(today), log.registrations(workplace.id(), today),
                log.events(workplace.id(), today), session.now());
        return kind == Kind.CSV ? new AttendanceCsv(export, language) : new AttendanceReport(export, language);
    }

    private static Result result(ExportOutcome outcome, Locale language) {
        if (outcome instanceof ExportOutcome.Done done) {
            return new Result.Written(done.file());
        }
        if (outcome instanceof ExportOutcome.Failed failed) {
            return new Result.Failed(failed.reason().plainText(language));
        }
        return new Result.Cancelled();
    }
}
