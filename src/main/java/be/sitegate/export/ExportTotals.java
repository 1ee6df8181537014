package be.sitegate.export;

import be.sitegate.domain.IdentificationMethod;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The report's totals: per employer how many people and how many records, per status and per way of
 * identifying how many records. People and records differ in Check In and Out at Work (several
 * events a day) and over a period (one registration a day).
 *
 * @param byIdentification from the strongest identification to the weakest (the enum's order)
 */
public record ExportTotals(Map<String, EmployerTotal> byEmployer, Map<PlainStatus, Integer> byStatus,
        Map<IdentificationMethod, Integer> byIdentification, int people, int records) {

    /** @param employer as in {@link ExportRow#employer()}; empty for Limosa registrations */
    public record EmployerTotal(String employer, int people, int records) {
    }

    public static ExportTotals of(List<ExportRow> rows) {
        Map<String, Set<String>> people = new TreeMap<>();
        Map<String, Integer> records = new TreeMap<>();
        Map<PlainStatus, Integer> byStatus = new EnumMap<>(PlainStatus.class);
        Map<IdentificationMethod, Integer> byIdentification = new EnumMap<>(IdentificationMethod.class);
        Set<String> everyone = new HashSet<>();
        for (ExportRow row : rows) {
            records.merge(row.employer(), 1, Integer::sum);
            byStatus.merge(row.status(), 1, Integer::sum);
            byIdentification.merge(row.identification(), 1, Integer::sum);
            Set<String> who = people.computeIfAbsent(row.employer(), k -> new HashSet<>());
            if (row.status() != PlainStatus.WITHDRAWN) {
                // A withdrawn registration is a record of the day, not a person who worked here.
                who.add(row.workerKey());
                everyone.add(row.workerKey());
            }
        }
        Map<String, EmployerTotal> byEmployer = new TreeMap<>();
        people.forEach((employer, who) -> byEmployer.put(employer,
                new EmployerTotal(employer, who.size(), records.get(employer))));
        return new ExportTotals(Collections.unmodifiableMap(byEmployer), Collections.unmodifiableMap(byStatus),
                Collections.unmodifiableMap(byIdentification), everyone.size(), rows.size());
    }
}
