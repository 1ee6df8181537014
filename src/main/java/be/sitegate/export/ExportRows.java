package be.sitegate.export;

import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.Company;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.domain.Workplace;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the export's records into its lines: only this workplace and the period's days, in the order
 * an inspector reads them (day, time, name). Times are Belgian time, as the central service counts days.
 */
public final class ExportRows {

    private static final Comparator<ExportRow> READING_ORDER = Comparator.comparing(ExportRow::date)
            .thenComparing(ExportRow::time).thenComparing(ExportRow::name).thenComparing(ExportRow::number);

    private ExportRows() {
    }

    public static List<ExportRow> of(AttendanceExport export) {
        Map<EnterpriseNumber, String> names = export.workplace().companies().stream()
                .collect(Collectors.toMap(Company::enterpriseNumber, Company::name, (a, b) -> a));
        Workplace workplace = export.workplace();
        List<ExportRow> rows = new ArrayList<>();
        for (Registration r : export.registrations()) {
            if (r.workplace().equals(workplace.id()) && export.period().contains(r.date())) {
                rows.add(row(r.date(), r.registeredAt(), r.worker(), r.displayName(), r.employer(), Optional.empty(),
                        r.method(), r.delivery(), names::get));
            }
        }
        for (PresenceEvent e : export.events()) {
            LocalDate date = BelgianTime.dateOf(e.at());
            if (e.workplace().equals(workplace.id()) && export.period().contains(date)) {
                rows.add(row(date, e.at(), e.worker(), e.displayName(), e.employer(),
                        Optional.of(Movement.of(e.direction(), e.outReason())), e.method(), e.delivery(), names::get));
            }
        }
        rows.sort(READING_ORDER);
        return rows;
    }

    private static ExportRow row(LocalDate date, Instant at, WorkerId worker, Optional<String> name,
            Optional<EnterpriseNumber> employer, Optional<Movement> movement, IdentificationMethod method,
            Delivery delivery, Function<EnterpriseNumber, String> companyName) {
        LocalTime time = LocalTime.ofInstant(at, BelgianTime.ZONE).truncatedTo(ChronoUnit.MINUTES);
        return new ExportRow(date, time, name.orElse(""), worker.masked(), worker.key(),
                employer.map(number -> employerText(number, companyName.apply(number))).orElse(""), movement,
                method, PlainStatus.of(delivery), delivery.receiptNumber(), delivery.remarks());
    }

    /**
     * {@code Bouwbedrijf Peeters NV (0566.988.259)}: name and number in one text, which a spreadsheet
     * cannot take for a number (a lone {@code 0566.988.259} may become 566988259 where '.' groups thousands).
     */
    static String employerText(EnterpriseNumber number, String name) {
        return name == null || name.isBlank() ? number.formatted() : name + " (" + number.formatted() + ")";
    }
}
