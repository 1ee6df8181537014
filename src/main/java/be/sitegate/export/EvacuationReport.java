package be.sitegate.export;

import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.Workplace;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * The evacuation list: who is on site now, on A4 portrait (it is carried to the assembly point and
 * ticked off by hand). The workplace number and address, the time of the list and how many people
 * it holds come first, large; then one row per person (number in the list, name, employer, since
 * when, masked number) and an empty box to tick. By employer, as each employer's foreman calls out
 * their own people. "Page n of N" on every page, the header row repeated.
 */
public final class EvacuationReport implements ExportDocument {

    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM HH:mm");
    private static final float TITLE = 18;
    private static final float HEADER = 11;
    private static final float TABLE = 9.5f;
    /** A box big enough for a pen's tick. */
    private static final String BOX = "\u2610";

    private final OnSiteList list;
    private final ExportLabels labels;

    public EvacuationReport(OnSiteList list, Locale language) {
        this.list = Objects.requireNonNull(list, "list");
        this.labels = ExportLabels.forLocale(language);
    }

    @Override
    public String fileName() {
        return list.fileName();
    }

    @Override
    public void writeTo(OutputStream out, Progress progress) throws IOException {
        try (PDDocument document = new PDDocument()) {
            var info = document.getDocumentInformation();
            info.setTitle(labels.text("onsite.title") + " " + list.workplace().id() + " " + AT.format(list.atInBelgium()));
            info.setCreator("SiteGate");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(BelgianTime.ZONE));
            created.setTimeInMillis(list.at().toEpochMilli());
            info.setCreationDate(created);
            PdfFonts fonts = PdfFonts.load(document);
            PdfPages pages = new PdfPages(document, PDRectangle.A4);
            header(pages, fonts);
            progress.report(0.1);
            if (list.people().isEmpty()) {
                pages.ensure(HEADER * 2);
                pages.down(HEADER * 1.5f);
                pages.text(fonts.regular, HEADER, pages.left(), pages.y(),
                        fonts.printable(fonts.regular, labels.text("onsite.empty")));
            } else {
                table(pages, fonts, progress);
            }
            pages.finish(fonts, labels);
            progress.report(0.9);
            document.save(out);
        }
        progress.report(1);
    }

    private void header(PdfPages pages, PdfFonts fonts) throws IOException {
        Workplace workplace = list.workplace();
        pages.ensure(TITLE * 2);
        pages.down(TITLE);
        pages.text(fonts.bold, TITLE, pages.left(), pages.y(), fonts.printable(fonts.bold, labels.text("onsite.title")));
        pages.down(TITLE * 0.6f);
        line(pages, fonts, "report.workplace", workplace.id().formatted(), true);
        line(pages, fonts, "report.address", workplace.address(), false);
        line(pages, fonts, "onsite.at", AT.format(list.atInBelgium()), true);
        line(pages, fonts, "onsite.count", String.valueOf(list.people().size()), true);
        pages.down(HEADER);
    }

    private void line(PdfPages pages, PdfFonts fonts, String labelKey, String value, boolean strong) throws IOException {
        float leading = HEADER * 1.5f;
        pages.ensure(leading);
        pages.down(leading);
        pages.text(fonts.regular, HEADER, pages.left(), pages.y(), fonts.printable(fonts.regular, labels.text(labelKey)));
        var font = strong ? fonts.bold : fonts.regular;
        pages.text(font, HEADER, pages.left() + 150, pages.y(), fonts.printable(font, value));
    }

    private void table(PdfPages pages, PdfFonts fonts, Progress progress) throws IOException {
        LocalDate day = list.atInBelgium().toLocalDate();
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        for (OnSiteList.Person p : list.people()) {
            var since = p.since().atZone(BelgianTime.ZONE);
            // Someone in since before today (a night shift) shows the day too, so nobody reads 22:00 as tonight.
            String when = (since.toLocalDate().equals(day) ? TIME : DAY_TIME).format(since);
            String employer = p.employer().isEmpty() ? labels.text("report.limosaEmployer") : p.employer();
            rows.add(List.of(String.valueOf(++n), p.name(), employer, when, p.maskedNumber(), BOX));
        }
        int every = Math.max(1, rows.size() / 50);
        new PdfTable(fonts, TABLE, List.of("#", labels.text("col.name"), labels.text("col.employer"),
                labels.text("onsite.since"), labels.text("col.number"), labels.text("onsite.present")),
                new float[] {2.5f, 15, 21, 9, 12.5f, 7}, pages.width())
                .draw(pages, rows, i -> {
                    if (i % every == 0) {
                        progress.report(0.1 + 0.75 * i / rows.size());
                    }
                });
    }
}
