package be.sitegate.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.ReportPeriod;
import be.sitegate.kiosk.ReportWriter.Kind;
import be.sitegate.kiosk.ReportWriter.Result;
import be.sitegate.kiosk.fake.FakeReportWriter;
import be.sitegate.ui.shared.Msg;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exports without a screen: a fake writer the test finishes by hand, as a slow stick would. */
class AdminExportsTest {

    private final FakeReportWriter writer = new FakeReportWriter();
    private final List<Runnable> uiQueue = new ArrayList<>();
    private final AdminExports exports = new AdminExports(Optional.of(writer), Path.of("/media/stick"),
            uiQueue::add, () -> Locale.FRENCH);

    private void runUi() {
        List<Runnable> now = new ArrayList<>(uiQueue);
        uiQueue.clear();
        now.forEach(Runnable::run);
    }

    @Test
    void theFolderStartsAtTheDefaultAndTheWriterGetsTheTypedOneAndTheLanguage() {
        assertThat(exports.folderProperty().get()).isEqualTo(Path.of("/media/stick").toString());
        exports.folderProperty().set(" /media/other ");

        exports.export(Kind.CSV);

        assertThat(writer.asked).containsExactly("CSV " + Path.of("/media/other") + " fr");
        assertThat(exports.busyProperty().get()).isTrue();
        assertThat(exports.outcomeProperty().get()).isEqualTo(Msg.of("admin.export.writing"));
    }

    @Test
    void progressAndTheOutcomeArriveOnlyThroughTheUiThread() {
        exports.export(Kind.PDF_REPORT);
        writer.progress.accept(0.5);
        assertThat(exports.progressProperty().get()).as("not before the ui thread ran it").isZero();
        runUi();
        assertThat(exports.progressProperty().get()).isEqualTo(0.5);

        writer.pending.complete(new Result.Written(Path.of("/media/stick/report.pdf")));
        runUi();

        assertThat(exports.busyProperty().get()).isFalse();
        assertThat(exports.progressProperty().get()).isEqualTo(1.0);
        assertThat(exports.outcomeProperty().get())
                .isEqualTo(Msg.of("admin.export.done", Path.of("/media/stick/report.pdf").toString()));
    }

    @Test
    void aFailureIsShownInTheWritersPlainWords() {
        exports.export(Kind.POSTER);
        writer.pending.complete(new Result.Failed("La clé USB est pleine."));
        runUi();

        assertThat(exports.outcomeProperty().get()).isEqualTo(Msg.of("admin.export.failed", "La clé USB est pleine."));
    }

    @Test
    void oneExportAtATime() {
        exports.export(Kind.CSV);
        exports.export(Kind.PDF_REPORT);

        assertThat(writer.asked).hasSize(1);
    }

    @Test
    void anEmptyFolderIsAskedForInsteadOfWritingSomewhere() {
        exports.folderProperty().set("  ");
        exports.export(Kind.CSV);

        assertThat(writer.asked).isEmpty();
        assertThat(exports.outcomeProperty().get()).isEqualTo(Msg.of("admin.export.noFolder"));
    }

    @Test
    void withoutAWriterNothingIsOffered() {
        var none = new AdminExports(Optional.empty(), Path.of("/media"), Runnable::run, () -> Locale.ENGLISH);
        assertThat(none.available()).isFalse();
    }

    @Test
    void theChosenPeriodGoesToTheWriterAndAVisitStartsAtTodayAgain() {
        LocalDate monday = LocalDate.of(2026, 11, 23);
        var dated = new AdminExports(Optional.of(writer), Path.of("/media/stick"), uiQueue::add, () -> Locale.FRENCH,
                () -> monday);
        assertThat(dated.period.period()).isEqualTo(ReportPeriod.day(monday));
        dated.period.choose(PeriodPreset.LAST_7_DAYS);
        dated.period.fromLater();

        dated.export(Kind.PDF_REPORT);

        assertThat(writer.periods).containsExactly(new ReportPeriod(monday.minusDays(5), monday));
        writer.pending.complete(new Result.Written(Path.of("/media/stick/report.pdf")));
        runUi();
        dated.reset();
        assertThat(dated.period.period()).isEqualTo(ReportPeriod.day(monday));
    }

    @Test
    void cancelAsksTheWriterToStopAndTheOutcomeSaysNothingWasWritten() {
        exports.export(Kind.CSV);
        exports.cancel();

        assertThat(writer.cancels).isEqualTo(1);
        assertThat(exports.outcomeProperty().get()).isEqualTo(Msg.of("admin.export.cancelling"));
        assertThat(exports.busyProperty().get()).as("busy until the writer says it stopped").isTrue();
        writer.pending.complete(new Result.Cancelled());
        runUi();
        assertThat(exports.busyProperty().get()).isFalse();
        assertThat(exports.outcomeProperty().get()).isEqualTo(Msg.of("admin.export.cancelled"));

        exports.cancel();
        assertThat(writer.cancels).as("nothing under way: nothing to cancel").isEqualTo(1);
    }
}
