package be.sitegate.app;

import be.sitegate.export.ExportJob;
import be.sitegate.export.ExportOutcome;
import be.sitegate.kiosk.ReportWriter.Result;
import be.sitegate.kiosk.ReportWriter.Running;
import java.util.concurrent.CompletableFuture;

/**
 * One export as the screen holds it: first the period's lists are read, then the export library's
 * {@link ExportJob} writes. A cancel may come in either step: before the job exists it stops the job
 * from starting at all; after, it is the job's own cancel, which leaves no file behind.
 */
final class RunningExport implements Running {

    private final CompletableFuture<Result> result = new CompletableFuture<>();
    private final CompletableFuture<ExportOutcome> jobOutcome = new CompletableFuture<>();
    private ExportJob job;
    private boolean cancelled;

    static RunningExport finished(Result result) {
        RunningExport done = new RunningExport();
        done.finish(result);
        return done;
    }

    /** The lists are read and the job started; a cancel that came first reaches it now. */
    void started(ExportJob started) {
        boolean cancelNow;
        synchronized (this) {
            job = started;
            cancelNow = cancelled;
        }
        if (cancelNow) {
            started.cancel();
        }
        started.outcome().thenAccept(jobOutcome::complete);
    }

    CompletableFuture<ExportOutcome> jobOutcome() {
        return jobOutcome;
    }

    void finish(Result outcome) {
        result.complete(outcome);
    }

    @Override
    public CompletableFuture<Result> result() {
        return result;
    }

    @Override
    public void cancel() {
        ExportJob running;
        synchronized (this) {
            cancelled = true;
            running = job;
        }
        if (running != null) {
            running.cancel();
        }
    }
}
