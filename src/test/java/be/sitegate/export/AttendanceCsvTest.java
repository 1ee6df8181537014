package be.sitegate.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CSV read back the way a spreadsheet reads it: every field as written, names from anywhere. */
class AttendanceCsvTest {

    @TempDir
    Path folder;

    @Test
    void aDayRoundTripsThroughAStrictParserWithQuotesSemicolonsLineBreaksAndUtf8Names() throws Exception {
        Path file = written(new AttendanceCsv(ExportData.constructionDay(), Locale.forLanguageTag("en")));
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF); // the BOM that makes Excel read UTF-8
        List<List<String>> rows = CsvReader.parse(new String(bytes, StandardCharsets.UTF_8).substring(1));

        assertThat(rows.get(0)).containsExactly("Date", "Time", "Name", "National or Limosa number", "Employer",
                "Identification", "Status", "Receipt number", "Remarks of the service");
        assertThat(rows).hasSize(1 + 6).allSatisfy(row -> assertThat(row).hasSize(9));
        List<String> lukasz = row(rows, ExportData.POLISH_ROMANIAN);
        assertThat(lukasz).containsExactly("2026-11-23", "07:00", "Łukasz Ștefan", "**.**.**-***.71",
                "Bouwbedrijf Peeters NV (0566.988.259)", "eID + chip", "Registered", "100000000001", "");
        List<String> tricky = row(rows, ExportData.TRICKY_NAME);
        assertThat(tricky.get(6)).isEqualTo("Registered, with a remark");
        assertThat(tricky.get(8)).isEqualTo("RELATED DIMONA NOT OK");
        List<String> refused = row(rows, "Ayşe Çelik");
        assertThat(refused.get(6)).isEqualTo("Refused by the service");
        assertThat(refused.get(7)).isEmpty();
        assertThat(refused.get(8))
                .isEqualTo("INVALID_COMPANY_ID: COMPANY IS NOT KNOWN  AS BUILDER OR  SUBCONTRACTOR IN THIS DUC");
        assertThat(row(rows, "Мирослав Петров").get(6)).isEqualTo("Stored on this kiosk, not sent yet");
        List<String> limosa = row(rows, "João Gonçalves");
        assertThat(limosa.get(3)).isEqualTo("1234 5678 9012 3456 7");
        assertThat(limosa.get(4)).isEqualTo("Limosa (employer on the declaration)");
        assertThat(row(rows, "Тарас Шевченко").get(5)).isEqualTo("Other channel");
        // How each person identified, so an inspector can weigh each line.
        assertThat(tricky.get(5)).isEqualTo("Badge");
        assertThat(row(rows, "Мирослав Петров").get(5)).isEqualTo("eID, data only");
        assertThat(refused.get(5)).isEqualTo("Typed number");
        assertThat(limosa.get(5)).isEqualTo("Typed Limosa");
        assertThat(rows).noneSatisfy(row -> assertThat(row.get(2)).isIn("Elsewhere Person", "Tomorrow Person"));
    }

    @Test
    void theMaskedNumberIsAllAnInspectorSeesOfANationalNumber() throws Exception {
        String text = Files.readString(written(new AttendanceCsv(ExportData.constructionDay(), Locale.ENGLISH)));
        assertThat(text).doesNotContain(be.sitegate.testkit.Fixtures.worker(1).key().substring(2));
    }

    @Test
    void aFieldThatLooksLikeAFormulaIsKeptAsText() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(Csv.field(" padded ")).isEqualTo("\" padded \"");
    }

    @Test
    void aCleaningDayHasOneLinePerEventWithInBreakAndEndInTheReportsLanguage() throws Exception {
        Path file = written(new AttendanceCsv(ExportData.cleaningDay(), Locale.forLanguageTag("nl")));
        List<List<String>> rows = CsvReader.parse(Files.readString(file).substring(1));
        assertThat(rows.get(0)).contains("Datum", "In/uit", "Ontvangstnummer");
        assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1) + " " + r.get(5) + " " + r.get(8))
                .containsExactly("07:00 In 100000000101", "10:00 Uit (pauze) 100000000102", "11:00 In 100000000103",
                        "15:00 Uit (einde werk) 100000000104");
    }

    @Test
    void theFileNameSaysWhichWorkplaceAndWhichDays() {
        AttendanceExport day = ExportData.constructionDay();
        assertThat(new AttendanceCsv(day, Locale.ENGLISH).fileName())
                .isEqualTo("sitegate-attendance-1Y101DRUNWB5Z-2026-11-23.csv");
        AttendanceExport month = new AttendanceExport(day.workplace(),
                new ExportPeriod(day.period().from().withDayOfMonth(1), day.period().to()), day.registrations(),
                day.events(), day.generatedAt());
        assertThat(new AttendanceCsv(month, Locale.ENGLISH).fileName())
                .isEqualTo("sitegate-attendance-1Y101DRUNWB5Z-2026-11-01_2026-11-23.csv");
    }

    private static List<String> row(List<List<String>> rows, String name) {
        return rows.stream().filter(r -> r.get(2).equals(name)).findFirst().orElseThrow();
    }

    private Path written(ExportDocument document) throws Exception {
        ExportOutcome outcome = ExportJob.start(document, folder, Runnable::run, f -> { }).outcome()
                .get(60, TimeUnit.SECONDS);
        assertThat(outcome).isInstanceOf(ExportOutcome.Done.class);
        return ((ExportOutcome.Done) outcome).file();
    }

    static byte[] bytes(ExportDocument document) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        document.writeTo(out, f -> { });
        return out.toByteArray();
    }
}
