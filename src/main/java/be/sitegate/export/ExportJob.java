package be.sitegate.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.DoubleConsumer;

/**
 * One document being written to a folder, on an executor the caller gives, so that the screen that
 * started it (the admin's) and the worker's screen never wait for a stick. It reports its progress
 * from 0 to 1, ends with an {@link ExportOutcome} and can be cancelled until the file is in place.
 *
 * <p>The progress listener and the outcome's callbacks run on the executor's thread: a JavaFX
 * screen hands them to {@code Platform.runLater}.
 *
 * <pre>{@code
 * ExportJob job = ExportJob.start(new AttendanceReport(export, Locale.forLanguageTag("nl")), stick,
 *         executor, fraction -> Platform.runLater(() -> bar.setProgress(fraction)));
 * job.outcome().thenAccept(outcome -> Platform.runLater(() -> show(outcome)));
 * }</pre>
 */
public final class ExportJob {

    /** The document's own writing is this share of the bar; forcing to the stick and the rename are the rest. */
    private static final double WRITING_SHARE = 0.95;
    private static final double STEP = 0.01;

    private final ExportDocument document;
    private final Path folder;
    private final DoubleConsumer listener;
    private final CompletableFuture<ExportOutcome> outcome = new CompletableFuture<>();
    private volatile boolean cancelled;
    private volatile double progress;
    private double lastReported = -1;

    private ExportJob(ExportDocument document, Path folder, DoubleConsumer listener) {
        this.document = Objects.requireNonNull(document, "document");
        this.folder = Objects.requireNonNull(folder, "folder");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Starts writing {@code document} into {@code folder} on {@code executor}; returns at once. */
    public static ExportJob start(ExportDocument document, Path folder, Executor executor, DoubleConsumer listener) {
        ExportJob job = new ExportJob(document, folder, listener);
        try {
            executor.execute(job::run);
        } catch (RejectedExecutionException e) {
            job.outcome.complete(new ExportOutcome.Failed(ExportFailure.OTHER, "the executor refused the job: " + e));
        }
        return job;
    }

    /** Asks the job to stop; it ends {@link ExportOutcome.Cancelled} unless the file is already in place. */
    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** The last fraction reported, 0 to 1. */
    public double progress() {
        return progress;
    }

    /** Completes once, never exceptionally. */
    public CompletableFuture<ExportOutcome> outcome() {
        return outcome;
    }

    private void run() {
        try {
            checkCancelled();
            report(0);
            Path file = ExportFolder.write(folder, document.fileName(),
                    out -> document.writeTo(out, fraction -> {
                        checkCancelled();
                        report(WRITING_SHARE * Math.max(0, Math.min(1, fraction)));
                    }),
                    () -> cancelled);
            report(1);
            outcome.complete(new ExportOutcome.Done(file));
        } catch (CancellationException e) {
            outcome.complete(new ExportOutcome.Cancelled());
        } catch (IOException e) {
            outcome.complete(new ExportOutcome.Failed(ExportFailure.of(e), e.toString()));
        } catch (UncheckedIOException e) {
            outcome.complete(new ExportOutcome.Failed(ExportFailure.of(e.getCause()), e.getCause().toString()));
        } catch (RuntimeException | Error e) {
            // a bug in a writer must still end the job and say so, never leave the screen waiting
            outcome.complete(new ExportOutcome.Failed(ExportFailure.OTHER, e.toString()));
            if (e instanceof Error error) {
                throw error;
            }
        }
    }

    private void checkCancelled() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }

    /** Forward only, and only in steps of 1 %, so that 2,000 rows do not flood the screen's event queue. */
    private void report(double fraction) {
        if (fraction < 1 && fraction - lastReported < STEP) {
            return;
        }
        lastReported = fraction;
        progress = fraction;
        listener.accept(fraction);
    }
}
