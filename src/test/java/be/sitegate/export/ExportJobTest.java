package be.sitegate.export;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.store.Commands;
import be.sitegate.store.Tmpfs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on real folders: it runs on the executor it is given, never replaces a file, leaves only
 * whole files (none on failure or cancel), makes them readable by the owner only, and says in plain
 * words why it failed. We run as root, for whom permission bits stop nothing, so a read-only folder
 * is an immutable one ({@code chattr +i}) and a full stick a small tmpfs filled to the last byte.
 */
class ExportJobTest {

    @TempDir
    Path folder;

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> new Thread(r, "export-test"));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void theJobRunsOnTheExecutorReportsProgressUpToOneAndWritesAnOwnerOnlyFile() throws Exception {
        List<Double> fractions = new CopyOnWriteArrayList<>();
        List<String> threads = new CopyOnWriteArrayList<>();
        ExportJob job = ExportJob.start(new AttendanceReport(ExportData.crowd(300), Locale.ENGLISH), folder, executor,
                f -> {
                    fractions.add(f);
                    threads.add(Thread.currentThread().getName());
                });
        ExportOutcome outcome = job.outcome().get(120, TimeUnit.SECONDS);

        assertThat(outcome).isInstanceOf(ExportOutcome.Done.class);
        Path file = ((ExportOutcome.Done) outcome).file();
        assertThat(file.getParent()).isEqualTo(folder);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(fractions).isSorted().contains(1.0).hasSizeGreaterThan(5);
        assertThat(fractions.get(fractions.size() - 1)).isEqualTo(1.0);
        assertThat(job.progress()).isEqualTo(1.0);
        assertThat(threads).containsOnly("export-test");
        assertThat(entries()).containsExactly(file.getFileName().toString());
    }

    @Test
    void anExistingFileIsNeverOverwrittenTheNextOneGetsMinusTwoThenMinusThree() throws Exception {
        String name = new AttendanceCsv(ExportData.constructionDay(), Locale.ENGLISH).fileName();
        Files.writeString(folder.resolve(name), "the inspector's copy from this morning");

        Path second = done(ExportJob.start(new AttendanceCsv(ExportData.constructionDay(), Locale.ENGLISH), folder,
                executor, f -> { }));
        Path third = done(ExportJob.start(new AttendanceCsv(ExportData.constructionDay(), Locale.ENGLISH), folder,
                executor, f -> { }));

        assertThat(Files.readString(folder.resolve(name))).isEqualTo("the inspector's copy from this morning");
        assertThat(second.getFileName()).hasToString("sitegate-attendance-1Y101DRUNWB5Z-2026-11-23-2.csv");
        assertThat(third.getFileName()).hasToString("sitegate-attendance-1Y101DRUNWB5Z-2026-11-23-3.csv");
        assertThat(Files.size(second)).isEqualTo(Files.size(third)).isGreaterThan(100);
        assertThat(entries()).hasSize(3);
    }

    @Test
    void cancellingStopsTheJobMidWayAndLeavesNothingInTheFolder() throws Exception {
        List<ExportJob> self = new CopyOnWriteArrayList<>();
        List<Double> fractions = new CopyOnWriteArrayList<>();
        // the listener cancels its own job a quarter of the way: no timing, the same point every run
        // The job may not run before the test holds it: a lock taken by whichever thread came first
        // let the job's listener look for its job before it was there.
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        ExportJob job = ExportJob.start(new AttendanceReport(ExportData.crowd(2000), Locale.ENGLISH), folder,
                command -> executor.execute(() -> {
                    try {
                        held.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    command.run();
                }), f -> {
                    fractions.add(f);
                    if (f >= 0.25) {
                        self.get(0).cancel();
                    }
                });
        self.add(job);
        held.countDown();
        assertThat(job.outcome().get(120, TimeUnit.SECONDS)).isInstanceOf(ExportOutcome.Cancelled.class);
        assertThat(fractions).allMatch(f -> f < 0.3);
        assertThat(entries()).isEmpty();
    }

    @Test
    void aJobCancelledBeforeItsTurnNeverStarts() throws Exception {
        List<Runnable> queue = new ArrayList<>();
        ExportJob job = ExportJob.start(new AttendanceCsv(ExportData.constructionDay(), Locale.ENGLISH), folder,
                queue::add, f -> { });
        job.cancel();
        queue.forEach(Runnable::run);
        assertThat(job.outcome().get(1, TimeUnit.SECONDS)).isInstanceOf(ExportOutcome.Cancelled.class);
        assertThat(entries()).isEmpty();
    }

    @Test
    void aWriterThatFailsHalfWayLeavesNoTemporaryFile() throws Exception {
        ExportDocument broken = new ExportDocument() {
            @Override
            public String fileName() {
                return "half.csv";
            }

            @Override
            public void writeTo(OutputStream out, Progress progress) throws IOException {
                out.write(new byte[100_000]);
                throw new IOException("Input/output error"); // a stick pulled out mid-write
            }
        };
        ExportOutcome outcome = ExportJob.start(broken, folder, executor, f -> { }).outcome().get(60, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(ExportOutcome.Failed.class);
        assertThat(((ExportOutcome.Failed) outcome).reason()).isEqualTo(ExportFailure.OTHER);
        assertThat(entries()).isEmpty();
    }

    @Test
    void aReadOnlyFolderFailsInPlainWordsAndLeavesNothing() throws Exception {
        Path readOnly = Files.createDirectory(folder.resolve("stick"));
        String failure = Commands.run("chattr", "+i", readOnly.toString());
        Assumptions.assumeTrue(failure == null, () -> "skipped: cannot make a folder immutable here: " + failure);
        try {
            ExportOutcome outcome = ExportJob.start(new AttendanceCsv(ExportData.constructionDay(), Locale.ENGLISH),
                    readOnly, executor, f -> { }).outcome().get(60, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(ExportOutcome.Failed.class);
            ExportFailure reason = ((ExportOutcome.Failed) outcome).reason();
            assertThat(reason).isEqualTo(ExportFailure.NOT_WRITABLE);
            assertThat(reason.plainText(Locale.ENGLISH)).isEqualTo("The folder is not writable.");
            assertThat(reason.plainText(Locale.forLanguageTag("nl"))).isEqualTo("Er kan niet in de map geschreven worden.");
        } finally {
            Commands.run("chattr", "-i", readOnly.toString());
        }
        try (Stream<Path> left = Files.list(readOnly)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aFullStickFailsAsFullAndLeavesNoTemporaryFile() throws Exception {
        try (Tmpfs stick = Tmpfs.mountOrSkip(folder.resolve("stick"), 1)) {
            Path filler = stick.fill();
            ExportOutcome outcome = ExportJob.start(new AttendanceReport(ExportData.crowd(200), Locale.ENGLISH),
                    stick.path(), executor, f -> { }).outcome().get(120, TimeUnit.SECONDS);
            assertThat(outcome).isInstanceOf(ExportOutcome.Failed.class);
            ExportFailure reason = ((ExportOutcome.Failed) outcome).reason();
            assertThat(reason).isEqualTo(ExportFailure.FULL);
            assertThat(reason.plainText(Locale.ENGLISH)).isEqualTo("The stick is full.");
            try (Stream<Path> left = Files.list(stick.path())) {
                assertThat(left).containsExactly(filler);
            }
        }
    }

    @Test
    void aMissingFolderOrAFileInsteadOfAFolderIsSaidSo() throws Exception {
        ExportOutcome missing = ExportJob.start(new AttendanceCsv(ExportData.constructionDay(), Locale.ENGLISH),
                folder.resolve("unplugged"), executor, f -> { }).outcome().get(60, TimeUnit.SECONDS);
        assertThat(((ExportOutcome.Failed) missing).reason()).isEqualTo(ExportFailure.FOLDER_MISSING);

        Path file = Files.writeString(folder.resolve("notes.txt"), "x");
        ExportOutcome notAFolder = ExportJob.start(new AttendanceCsv(ExportData.constructionDay(), Locale.ENGLISH),
                file, executor, f -> { }).outcome().get(60, TimeUnit.SECONDS);
        assertThat(((ExportOutcome.Failed) notAFolder).reason()).isEqualTo(ExportFailure.NOT_A_FOLDER);
        assertThat(entries()).containsExactly("notes.txt");
    }

    private static Path done(ExportJob job) throws Exception {
        ExportOutcome outcome = job.outcome().get(60, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(ExportOutcome.Done.class);
        return ((ExportOutcome.Done) outcome).file();
    }

    private List<String> entries() throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
