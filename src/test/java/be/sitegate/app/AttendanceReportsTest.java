package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Registration;
import be.sitegate.kiosk.InitialisationService;
import be.sitegate.kiosk.ReportPeriod;
import be.sitegate.kiosk.ReportWriter;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.ReportWriter.Kind;
import be.sitegate.kiosk.ReportWriter.Result;
import be.sitegate.kiosk.fake.InMemoryInitialisations;
import be.sitegate.kiosk.fake.InMemoryPresences;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;

import be.sitegate.testkit.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's report writer over the real export library: each kind lands in the folder, a period
 * takes every day of it, a cancel leaves nothing, a missing folder is said.
 */
class AttendanceReportsTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.mondayMorning();
    private final KioskSession session = new KioskSession(clock);
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final InMemoryPresences presences = new InMemoryPresences();
    private final AttendanceReports reports = new AttendanceReports(session, presences, writer);

    private ReportPeriod today() {
        return ReportPeriod.day(session.today());
    }

    private void registered(int index, String name, LocalDate day) {
        Instant at = day.atTime(7, 0).atZone(BelgianTime.ZONE).toInstant().plusSeconds(index);
        presences.registrations.add(new Registration(ClientReference.generate(at), Fixtures.CIAW_SITE,
                Fixtures.worker(index), Optional.of(Fixtures.BUILDER_NUMBER), day, at, IdentificationMethod.EID_CARD,
                Optional.of(name), Delivery.accepted("10000000000" + index, List.of(), at)));
    }

    @Test
    void aPeriodTakesEveryDayOfItAndNothingOutsideIt() throws Exception {
        open();
        LocalDate monday = session.today();
        registered(1, "Before Period", monday.minusDays(8));
        registered(2, "First Day", monday.minusDays(6));
        registered(3, "Middle Day", monday.minusDays(3));
        registered(4, "Last Day", monday);
        ReportPeriod lastWeek = new ReportPeriod(monday.minusDays(6), monday);

        Result csv = reports.export(dir, Kind.CSV, lastWeek, Locale.ENGLISH, p -> { }).result().get(30, TimeUnit.SECONDS);
        Path csvFile = ((Result.Written) csv).file();
        assertThat(csvFile.getFileName().toString()).isEqualTo("sitegate-attendance-1Y101DRUNWB5Z-2026-11-17_2026-11-23.csv");
        String lines = Files.readString(csvFile);
        assertThat(lines).contains("First Day", "Middle Day", "Last Day", "2026-11-17", "2026-11-20").doesNotContain("Before Period");

        Result pdf = reports.export(dir, Kind.PDF_REPORT, lastWeek, Locale.ENGLISH, p -> { }).result()
                .get(30, TimeUnit.SECONDS);
        try (PDDocument report = Loader.loadPDF(((Result.Written) pdf).file().toFile())) {
            String text = new PDFTextStripper().getText(report);
            assertThat(text).contains("Period", "2026-11-17 – 2026-11-23");
            // one employer, three people, three records over the week
            assertThat(text).containsPattern("Bouwbedrijf[^\\n]*\\s+3\\s+3");
        }
    }

    @Test
    void aCancelledExportLeavesNothingInTheFolder() throws Exception {
        open();
        for (int i = 1; i <= 400; i++) {
            registered(i, "Worker " + i, session.today());
        }
        // The writer's one thread is held until the cancel is in: the export is cancelled before its job
        // ran, then while it runs, the same point every time.
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        writer.execute(() -> {
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        ReportWriter.Running running = reports.export(dir, Kind.PDF_REPORT, today(), Locale.ENGLISH, p -> { });
        running.cancel();
        held.countDown();

        assertThat(running.result().get(30, TimeUnit.SECONDS)).isInstanceOf(Result.Cancelled.class);
        try (var files = Files.list(dir)) {
            assertThat(files).as("no file, no temporary file").isEmpty();
        }
    }

    @Test
    void aCancelWhileTheJobWritesStopsItThereAndLeavesNothing() throws Exception {
        open();
        for (int i = 1; i <= 400; i++) {
            registered(i, "Worker " + i, session.today());
        }
        java.util.concurrent.atomic.AtomicReference<ReportWriter.Running> self = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
        writer.execute(() -> {
            try {
                held.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        // The progress listener cancels at a tenth of the way: mid-writing, no timing involved.
        ReportWriter.Running running = reports.export(dir, Kind.PDF_REPORT, today(), Locale.ENGLISH, p -> {
            if (p >= 0.1) {
                self.get().cancel();
            }
        });
        self.set(running);
        held.countDown();

        assertThat(running.result().get(60, TimeUnit.SECONDS)).isInstanceOf(Result.Cancelled.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    @AfterEach
    void stop() {
        writer.shutdownNow();
    }

    private void open() {
        new InitialisationService(new FakeCentralService().knows(Fixtures.construction()), new InMemoryInitialisations(),
                session).initialise("foreman", "secret".toCharArray(), Fixtures.CIAW_SITE);
    }

    @Test
    void eachKindIsWrittenIntoTheFolder() throws Exception {
        open();
        for (Kind kind : Kind.values()) {
            Result result = reports.export(dir, kind, today(), Locale.ENGLISH, p -> { }).result().get(30, TimeUnit.SECONDS);
            assertThat(result).as(kind.name()).isInstanceOf(Result.Written.class);
            Path file = ((Result.Written) result).file();
            assertThat(file.getParent()).isEqualTo(dir);
            assertThat(Files.size(file)).as(kind.name()).isPositive();
        }
    }

    @Test
    void aMissingFolderIsSaidInPlainWords() throws Exception {
        open();
        Result result = reports.export(dir.resolve("pulled-out-stick"), Kind.CSV, today(), Locale.ENGLISH, p -> { })
                .result().get(30, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(Result.Failed.class);
        assertThat(((Result.Failed) result).plainText()).isNotBlank();
    }

    @Test
    void beforeTheKioskIsOpenedNothingIsWritten() throws Exception {
        Result result = reports.export(dir, Kind.POSTER, today(), Locale.ENGLISH, p -> { }).result().get(5, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(Result.Failed.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
