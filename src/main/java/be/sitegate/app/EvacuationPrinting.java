package be.sitegate.app;

import be.sitegate.domain.KioskInitialisation;
import be.sitegate.export.EvacuationReport;
import be.sitegate.export.ExportJob;
import be.sitegate.export.ExportOutcome;
import be.sitegate.export.OnSiteList;
import be.sitegate.kiosk.EvacuationList;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.OnSiteNow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's {@link EvacuationList}: the PDF made by the export library, sent to the default
 * printer with {@code lp} where there is one; where there is none (or it refuses), written into the
 * export folder instead, and the foreman is told where. For the printer the file goes through a
 * private temporary folder that is removed once lp has queued it (lp copies it into its spool), so a
 * list of names does not pile up on the kiosk.
 */
final class EvacuationPrinting implements EvacuationList {

    private static final Logger LOG = LoggerFactory.getLogger(EvacuationPrinting.class);

    private final KioskSession session;
    private final LinePrinter printer;
    private final Path exportFolder;
    private final Executor executor;

    EvacuationPrinting(KioskSession session, LinePrinter printer, Path exportFolder, Executor executor) {
        this.session = session;
        this.printer = printer;
        this.exportFolder = exportFolder;
        this.executor = executor;
    }

    @Override
    public CompletableFuture<Result> print(List<OnSiteNow> people, Locale language) {
        Optional<KioskInitialisation> opened = session.current();
        if (opened.isEmpty()) {
            return CompletableFuture.completedFuture(new Result.Failed("the kiosk is not opened for a workplace"));
        }
        OnSiteList list = new OnSiteList(opened.get().workplace(), people.stream()
                .map(p -> new OnSiteList.Person(p.name(), p.employer(), p.since(), p.maskedNumber())).toList(),
                session.now());
        EvacuationReport report = new EvacuationReport(list, language);
        if (printer.program().isEmpty()) {
            return toFolder(report, language);
        }
        return CompletableFuture.supplyAsync(() -> onPrinter(report), executor)
                .thenCompose(printed -> printed.isEmpty()
                        ? CompletableFuture.<Result>completedFuture(new Result.Printed())
                        : toFolder(report, language))
                .exceptionally(e -> new Result.Failed(String.valueOf(e.getMessage())));
    }

    /** Empty once queued, else why not. Runs on the executor. */
    private Optional<String> onPrinter(EvacuationReport report) {
        Path spool = null;
        try {
            spool = Files.createTempDirectory("sitegate-print-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            // Written on this thread: the writer's executor has one thread, this one, so a job queued on it and awaited here would never run.
            ExportOutcome outcome = ExportJob.start(report, spool, Runnable::run, p -> { }).outcome().join();
            if (!(outcome instanceof ExportOutcome.Done done)) {
                return Optional.of("the list could not be made: " + outcome);
            }
            Optional<String> refused = printer.print(done.file(), report.fileName());
            refused.ifPresent(why -> LOG.warn("evacuation list not printed ({}); writing it to {}", why, exportFolder));
            return refused;
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.of("no private folder for the print: " + e);
        } finally {
            removeQuietly(spool);
        }
    }

    private CompletableFuture<Result> toFolder(EvacuationReport report, Locale language) {
        return ExportJob.start(report, exportFolder, executor, p -> { }).outcome().thenApply(outcome -> {
            if (outcome instanceof ExportOutcome.Done done) {
                return new Result.Written(done.file());
            }
            if (outcome instanceof ExportOutcome.Failed failed) {
                LOG.warn("evacuation list not written to {}: {}", exportFolder, failed.detail());
                return new Result.Failed(failed.reason().plainText(language));
            }
            return new Result.Failed("cancelled");
        });
    }

    private static void removeQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            LOG.warn("could not remove the print's temporary folder {}: {}", folder, e.toString());
        }
    }
}
