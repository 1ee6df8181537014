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
import be.sitegate.kiosk.ReportPeriod;
import be.sitegate.kiosk.ReportWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.DoubleConsumer;

/**
 * The kiosk's {@link ReportWriter}: a day's or a period's attendance (this kiosk's and the other
 * channels', as the foreman's list shows each day) handed to the export library, which writes off the
 * screen's thread, and the workplace poster.
 */
final class AttendanceReports implements ReportWriter {

    /** The poster is read by workers of every origin: the site's chosen language first, then the usual four. */
    private static final List<Locale> POSTER_LANGUAGES = List.of(Locale.forLanguageTag("nl"),
            Locale.forLanguageTag("fr"), Locale.forLanguageTag("de"), Locale.ENGLISH);

    private final KioskSession session;
    private final AttendanceLog log;
    private final Executor executor;

    AttendanceReports(KioskSession session, AttendanceLog log, Executor executor) {
        this.session = session;
        this.log = log;
        this.executor = executor;
    }

    @Override
    public Running export(Path folder, Kind kind, ReportPeriod period, Locale language, DoubleConsumer progress) {
        Optional<KioskInitialisation> opened = session.current();
        if (opened.isEmpty()) {
            return RunningExport.finished(new Result.Failed("the kiosk is not opened for a workplace"));
        }
        RunningExport running = new RunningExport();
        // Reading the period's lists queries the store: do it on the writing thread too, not the screen's.
        CompletableFuture.supplyAsync(() -> document(opened.get(), kind, period, language), executor)
                .thenAccept(d -> running.started(ExportJob.start(d, folder, executor, progress)))
                .exceptionally(e -> {
                    running.finish(new Result.Failed(String.valueOf(e.getMessage())));
                    return null;
                });
        running.jobOutcome().thenAccept(outcome -> running.finish(result(outcome, language)));
        return running;
    }

    private ExportDocument document(KioskInitialisation opened, Kind kind, ReportPeriod period, Locale language) {
        var workplace = opened.workplace();
        if (kind == Kind.POSTER) {
            var languages = new LinkedHashSet<Locale>();
            languages.add(Locale.forLanguageTag(language.getLanguage()));
            languages.addAll(POSTER_LANGUAGES);
            return new WorkplacePoster(workplace, List.copyOf(languages));
        }
        var export = new AttendanceExport(workplace, new ExportPeriod(period.from(), period.to()),
                log.registrations(workplace.id(), period), log.events(workplace.id(), period), session.now());
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
