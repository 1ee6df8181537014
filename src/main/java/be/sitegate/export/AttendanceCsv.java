package be.sitegate.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The attendance of a day or a period as a spreadsheet: one line per registration or event, headers
 * in the language asked for, in the dialect {@link Csv} describes (UTF-8 with BOM, {@code ;}, RFC 4180 quotes).
 */
public final class AttendanceCsv implements ExportDocument {

    private static final int ROWS_PER_REPORT = 50;

    private final AttendanceExport export;
    private final ExportLabels labels;

    public AttendanceCsv(AttendanceExport export, Locale language) {
        this.export = Objects.requireNonNull(export, "export");
        this.labels = ExportLabels.forLocale(language);
    }

    @Override
    public String fileName() {
        return FileNames.attendance(export, "csv");
    }

    @Override
    public void writeTo(OutputStream out, Progress progress) throws IOException {
        List<ExportRow> rows = ExportRows.of(export);
        List<Column> columns = Column.forMode(export.workplace().mode());
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(Csv.BYTE_ORDER_MARK);
        writer.write(Csv.line(columns.stream().map(c -> c.header(labels)).toList()));
        for (int i = 0; i < rows.size(); i++) {
            ExportRow row = rows.get(i);
            writer.write(Csv.line(columns.stream().map(c -> c.value(row, labels)).toList()));
            if (i % ROWS_PER_REPORT == 0) {
                progress.report((double) i / rows.size());
            }
        }
        writer.flush(); // not closed: the folder forces and closes the file
        progress.report(1);
    }
}
