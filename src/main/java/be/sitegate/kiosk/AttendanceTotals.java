package be.sitegate.kiosk;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * How many people per employer and per status, and how many are on site now: the counts an
 * inspector asks for first. Employers are in alphabetical order; a person without one (a Limosa
 * number, the declaration names the employer) counts under the empty name.
 */
public record AttendanceTotals(int people, int onSiteNow, Map<String, Integer> perEmployer,
        Map<AttendanceStatus, Integer> perStatus) {

    public AttendanceTotals {
        perEmployer = Collections.unmodifiableMap(new TreeMap<>(perEmployer));
        perStatus = Collections.unmodifiableMap(perStatus.isEmpty()
                ? new EnumMap<>(AttendanceStatus.class) : new EnumMap<>(perStatus));
    }

    public static AttendanceTotals of(Iterable<PersonDay> people) {
        int count = 0;
        int onSite = 0;
        Map<String, Integer> employers = new TreeMap<>();
        Map<AttendanceStatus, Integer> statuses = new EnumMap<>(AttendanceStatus.class);
        for (PersonDay p : people) {
            statuses.merge(p.status(), 1, Integer::sum);
            if (p.status() == AttendanceStatus.WITHDRAWN) {
                continue; // listed and counted as withdrawn, never as a person registered or present
            }
            count++;
            onSite += p.onSiteNow() ? 1 : 0;
            employers.merge(p.employerName(), 1, Integer::sum);
        }
        return new AttendanceTotals(count, onSite, employers, statuses);
    }
}
