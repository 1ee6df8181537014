package be.sitegate.export;

import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Workplace;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The attendance report for an inspector: on A4 landscape (the table needs the width), the
 * workplace header (number, address, sector, mode, period, when it was made), the totals per
 * employer and per status, then every registration or event with its receipt number and the
 * service's remarks, and "page n of N" on every page. It takes 2,000 people on as many pages as needed.
 */
public final class AttendanceReport implements ExportDocument {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float TITLE = 16;
    private static final float HEADER = 10;
    private static final float TABLE = 7.5f;
    /** Rows drawn count for this much of the progress; saving (subsetting the fonts, writing) is the rest. */
    private static final double DRAWING_SHARE = 0.85;

    private final AttendanceExport export;
    private final ExportLabels labels;

    public AttendanceReport(AttendanceExport export, Locale language) {
        this.export = Objects.requireNonNull(export, "export");
        this.labels = ExportLabels.forLocale(language);
    }

    @Override
    public String fileName() {
        return FileNames.attendance(export, "pdf");
    }

    @Override
    public void writeTo(OutputStream out, Progress progress) throws IOException {
        List<ExportRow> rows = ExportRows.of(export);
        try (PDDocument document = new PDDocument()) {
            describe(document);
            PdfFonts fonts = PdfFonts.load(document);
            PdfPages pages = new PdfPages(document, new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
            header(pages, fonts);
            totals(pages, fonts, ExportTotals.of(rows));
            progress.report(0.05);
            if (rows.isEmpty()) {
                pages.ensure(HEADER * 2);
                pages.text(fonts.regular, HEADER, pages.left(), pages.y() - HEADER, fonts.printable(fonts.regular,
                        labels.text("report.empty")));
            } else {
                table(pages, fonts, rows, progress);
            }
            pages.finish(fonts, labels);
            progress.report(DRAWING_SHARE);
            document.save(out);
        }
        progress.report(1);
    }

    private void describe(PDDocument document) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(labels.text("report.title") + " " + export.workplace().id() + " " + export.period().label());
        info.setCreator("SiteGate");
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(BelgianTime.ZONE));
        created.setTimeInMillis(export.generatedAt().toEpochMilli());
        info.setCreationDate(created);
    }

    private void header(PdfPages pages, PdfFonts fonts) throws IOException {
        Workplace workplace = export.workplace();
        pages.ensure(TITLE * 2);
        pages.down(TITLE);
        pages.text(fonts.bold, TITLE, pages.left(), pages.y(), fonts.printable(fonts.bold, labels.text("report.title")));
        pages.down(TITLE * 0.8f);
        String generated = GENERATED.format(LocalDateTime.ofInstant(export.generatedAt(), BelgianTime.ZONE));
        line(pages, fonts, "report.workplace", workplace.id().formatted(), true);
        line(pages, fonts, "report.address", workplace.address(), false);
        line(pages, fonts, "report.sector", labels.sector(workplace.sector()), false);
        line(pages, fonts, "report.mode", labels.mode(workplace.mode()), false);
        line(pages, fonts, "report.period", export.period().label(), false);
        line(pages, fonts, "report.generatedAt", generated, false);
        pages.down(HEADER);
    }

    private void line(PdfPages pages, PdfFonts fonts, String labelKey, String value, boolean strong) throws IOException {
        float leading = HEADER * 1.4f;
        pages.ensure(leading);
        pages.down(leading);
        pages.text(fonts.regular, HEADER, pages.left(), pages.y(), fonts.printable(fonts.regular, labels.text(labelKey)));
        var font = strong ? fonts.bold : fonts.regular;
        pages.text(font, HEADER, pages.left() + 150, pages.y(), fonts.printable(font, value));
    }

    private void totals(PdfPages pages, PdfFonts fonts, ExportTotals totals) throws IOException {
        subtitle(pages, fonts, "report.byEmployer");
        List<List<String>> byEmployer = new ArrayList<>();
        for (ExportTotals.EmployerTotal t : totals.byEmployer().values()) {
            String employer = t.employer().isEmpty() ? labels.text("report.limosaEmployer") : t.employer();
            byEmployer.add(List.of(employer, String.valueOf(t.people()), String.valueOf(t.records())));
        }
        byEmployer.add(List.of(labels.text("report.total"), String.valueOf(totals.people()),
                String.valueOf(totals.records())));
        new PdfTable(fonts, 9, List.of(labels.text("col.employer"), labels.text("report.people"),
                labels.text("report.records")), new float[] {6, 1, 1}, pages.width() * 0.6f)
                .draw(pages, byEmployer, i -> { });
        pages.down(HEADER);

        subtitle(pages, fonts, "report.byStatus");
        List<List<String>> byStatus = new ArrayList<>();
        for (Map.Entry<PlainStatus, Integer> e : totals.byStatus().entrySet()) {
            byStatus.add(List.of(labels.status(e.getKey()), String.valueOf(e.getValue())));
        }
        byStatus.add(List.of(labels.text("report.total"), String.valueOf(totals.records())));
        new PdfTable(fonts, 9, List.of(labels.text("col.status"), labels.text("report.records")),
                new float[] {6, 1}, pages.width() * 0.45f).draw(pages, byStatus, i -> { });
        pages.down(HEADER);

        // An inspector weighs each line by how its person identified: the table says what each way proves.
        subtitle(pages, fonts, "report.byIdentification");
        List<List<String>> byIdentification = new ArrayList<>();
        for (Map.Entry<IdentificationMethod, Integer> e : totals.byIdentification().entrySet()) {
            byIdentification.add(List.of(labels.identification(e.getKey()), labels.proves(e.getKey()),
                    String.valueOf(e.getValue())));
        }
        byIdentification.add(List.of(labels.text("report.total"), "", String.valueOf(totals.records())));
        new PdfTable(fonts, 9, List.of(labels.text("col.identification"), labels.text("report.proves"),
                labels.text("report.records")), new float[] {3, 9, 1.6f}, pages.width())
                .draw(pages, byIdentification, i -> { });
        pages.down(HEADER);
    }

    private void subtitle(PdfPages pages, PdfFonts fonts, String key) throws IOException {
        pages.ensure(HEADER * 5);
        pages.down(HEADER * 1.6f);
        pages.text(fonts.bold, HEADER + 1, pages.left(), pages.y(), fonts.printable(fonts.bold, labels.text(key)));
        pages.down(HEADER * 0.6f);
    }

    private void table(PdfPages pages, PdfFonts fonts, List<ExportRow> rows, Progress progress) throws IOException {
        List<Column> columns = Column.forMode(export.workplace().mode());
        float[] shares = new float[columns.size()];
        for (int i = 0; i < shares.length; i++) {
            shares[i] = share(columns.get(i));
        }
        List<List<String>> cells = new ArrayList<>(rows.size());
        for (ExportRow row : rows) {
            cells.add(columns.stream().map(c -> c.value(row, labels)).toList());
        }
        int every = Math.max(1, rows.size() / 100);
        new PdfTable(fonts, TABLE, columns.stream().map(c -> c.header(labels)).toList(), shares, pages.width())
                .draw(pages, cells, i -> {
                    if (i % every == 0) {
                        progress.report(0.05 + (DRAWING_SHARE - 0.05) * i / rows.size());
                    }
                });
    }

    /**
     * Relative widths: a receipt number (up to 15 digits) always fits on one line, so it is never read
     * split; an employer with its number mostly fits on one (two lines a row double a 2,000-people
     * report's pages); remarks wrap.
     */
    private static float share(Column column) {
        return switch (column) {
            case DATE -> 6.5f;
            case TIME -> 4.5f;
            case NAME -> 12.5f;
            case NUMBER -> 9.5f;
            case EMPLOYER -> 21;
            case MOVEMENT -> 11;
            case IDENTIFICATION -> 10;
            case STATUS -> 11;
            case RECEIPT -> 12;
            case REMARKS -> 14;
        };
    }
}
