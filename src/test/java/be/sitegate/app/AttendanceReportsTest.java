package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.InitialisationService;
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
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kiosk's report writer over the real export library: each kind lands in the folder, a missing one is said. */
class TodayReportsTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.mondayMorning();
    private final KioskSession session = new KioskSession(clock);
    private final ExecutorService writer = Executors.newSingleThreadExecutor();
    private final TodayReports reports = new TodayReports(session, new InMemoryPresences(), writer);

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
            Result result = reports.exportToday(dir, kind, Locale.ENGLISH, p -> { }).get(30, TimeUnit.SECONDS);
            assertThat(result).as(kind.name()).isInstanceOf(Result.Written.class);
            Path file = ((Result.Written) result).file();
            assertThat(file.getParent()).isEqualTo(dir);
            assertThat(Files.size(file)).as(kind.name()).isPositive();
        }
    }

    @Test
    void aMissingFolderIsSaidInPlainWords() throws Exception {
        open();
        Result result = reports.exportToday(dir.resolve("pulled-out-stick"), Kind.CSV, Locale.ENGLISH, p -> { })
                .get(30, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(Result.Failed.class);
        assertThat(((Result.Failed) result).plainText()).isNotBlank();
    }

    @Test
    void beforeTheKioskIsOpenedNothingIsWritten() throws Exception {
        Result result = reports.exportToday(dir, Kind.POSTER, Locale.ENGLISH, p -> { }).get(5, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(Result.Failed.class);
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
