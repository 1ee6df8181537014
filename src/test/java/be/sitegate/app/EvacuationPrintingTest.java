package be.sitegate.app;

import static org.assertj.core.api.Assertions.assertThat;

import be.sitegate.kiosk.EvacuationList.Result;
import be.sitegate.kiosk.InitialisationService;
import be.sitegate.kiosk.KioskSession;
import be.sitegate.kiosk.OnSiteNow;
import be.sitegate.kiosk.fake.InMemoryInitialisations;
import be.sitegate.testkit.FakeCentralService;
import be.sitegate.testkit.Fixtures;
import be.sitegate.testkit.TestClock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evacuation list over the real export library and real files: without a printer it lands in
 * the export folder; with one it goes to the printer, and nothing of it stays on the kiosk. The
 * printer is a small script in lp's place (this machine has no CUPS), which keeps what it was given.
 */
class EvacuationPrintingTest {

    @TempDir
    Path dir;

    private final TestClock clock = TestClock.mondayMorning();
    private final KioskSession session = new KioskSession(clock);
    private final ExecutorService executor = Executors.newSingleThreadExecutor();
    private final List<OnSiteNow> onSite = List.of(
            new OnSiteNow("Anna Peeters", "**.**.**-***.28", "Bouwbedrijf Peeters NV", Instant.parse("2026-11-23T06:01:00Z"), false),
            new OnSiteNow("Bogdan Nowak", "**.**.**-***.71", "Dakwerken Janssens BV", Instant.parse("2026-11-23T06:05:00Z"), true));

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private void open() {
        new InitialisationService(new FakeCentralService().knows(Fixtures.construction()), new InMemoryInitialisations(),
                session).initialise("foreman", "secret".toCharArray(), Fixtures.CIAW_SITE);
    }

    private Path folder(String name) throws Exception {
        return Files.createDirectories(dir.resolve(name));
    }

    /** A stand-in for lp: copies the file it is given into {@code into}, then exits with {@code exit}. */
    private LinePrinter printer(Path into, int exit) throws Exception {
        Path script = dir.resolve("lp-" + exit);
        Files.writeString(script, "#!/bin/sh\nfor last; do :; done\ncp \"$last\" '" + into + "/'\n"
                + (exit == 0 ? "echo 'request id is site-printer-7 (1 file(s))'\n" : "echo 'lp: Error - No default destination.'\n")
                + "exit " + exit + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new LinePrinter(script.toString(), Map.of());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void withoutAPrinterTheListIsWrittenToTheExportFolderAndSaysWhere() throws Exception {
        open();
        Path stick = folder("stick");
        EvacuationPrinting printing = new EvacuationPrinting(session,
                new LinePrinter("sitegate-no-such-lp", Map.of("PATH", dir.toString())), stick, executor);

        Result result = printing.print(onSite, Locale.ENGLISH).get(30, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(Result.Written.class);
        Path file = ((Result.Written) result).file();
        assertThat(file.getParent()).isEqualTo(stick);
        assertThat(file.getFileName().toString()).isEqualTo("sitegate-onsite-1Y101DRUNWB5Z-2026-11-23_0712.pdf");
        assertThat(text(file)).contains("Who is on site now", "1Y101DRUNWB5Z", "2026-11-23 07:12", "Anna Peeters",
                "Bogdan Nowak", "**.**.**-***.71").containsPattern("People on site\\s+2");
    }

    @Test
    void withAPrinterTheListGoesToItAndNoCopyStaysOnTheKiosk() throws Exception {
        open();
        Path stick = folder("stick");
        Path paper = folder("paper");
        EvacuationPrinting printing = new EvacuationPrinting(session, printer(paper, 0), stick, executor);

        Result result = printing.print(onSite, Locale.forLanguageTag("fr")).get(30, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(Result.Printed.class);
        try (var printed = Files.list(paper)) {
            Path sheet = printed.findFirst().orElseThrow();
            assertThat(text(sheet)).contains("Qui est sur le chantier maintenant", "Anna Peeters");
        }
        try (var kept = Files.list(stick)) {
            assertThat(kept).as("printed, so not also written").isEmpty();
        }
        try (var temp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            assertThat(temp.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("sitegate-print-"));
        }
    }

    @Test
    void aPrinterThatRefusesFallsBackToTheFolder() throws Exception {
        open();
        Path stick = folder("stick");
        EvacuationPrinting printing = new EvacuationPrinting(session, printer(folder("paper"), 1), stick, executor);

        Result result = printing.print(onSite, Locale.ENGLISH).get(30, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(Result.Written.class);
        assertThat(((Result.Written) result).file().getParent()).isEqualTo(stick);
    }

    @Test
    void aMissingFolderWithoutAPrinterIsSaidInPlainWords() throws Exception {
        open();
        EvacuationPrinting printing = new EvacuationPrinting(session,
                new LinePrinter("sitegate-no-such-lp", Map.of("PATH", dir.toString())), dir.resolve("pulled-out"), executor);

        Result result = printing.print(onSite, Locale.ENGLISH).get(30, TimeUnit.SECONDS);

        assertThat(result).isEqualTo(new Result.Failed("The folder is not there. Is the USB stick plugged in?"));
    }

    @Test
    void lpIsFoundOnThePathOrNotAtAll() throws Exception {
        Path bin = folder("bin");
        Path lp = bin.resolve("lp");
        Files.writeString(lp, "#!/bin/sh\nexit 0\n");
        Files.setPosixFilePermissions(lp, PosixFilePermissions.fromString("rwx------"));
        assertThat(new LinePrinter("lp", Map.of("PATH", "/nonexistent:" + bin)).program()).contains(lp);
        assertThat(new LinePrinter("lp", Map.of("PATH", "/nonexistent")).program()).isEmpty();
        assertThat(new LinePrinter("lp", Map.of()).program()).isEmpty();
    }
}
