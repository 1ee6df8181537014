package be.sitegate.export;

import be.sitegate.domain.BelgianTime;
import be.sitegate.domain.Workplace;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;

/**
 * Who is on the workplace at one moment, as plain data for the {@link EvacuationReport}: the kiosk
 * hands it the people it counts as on site, already in roll-call order (by employer, then name).
 *
 * @param at the moment the list was made, printed large: a roll call needs to know how fresh it is
 */
public record OnSiteList(Workplace workplace, List<Person> people, Instant at) {

    /**
     * @param maskedNumber the number as the kiosk's screens show it (a printed sheet lies around)
     * @param since when the person registered (Checkinatwork) or last came in (Check In and Out at Work)
     */
    public record Person(String name, String employer, Instant since, String maskedNumber) {
        public Person {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(employer, "employer");
            Objects.requireNonNull(since, "since");
            Objects.requireNonNull(maskedNumber, "maskedNumber");
        }
    }

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HHmm");

    public OnSiteList {
        Objects.requireNonNull(workplace, "workplace");
        people = List.copyOf(people);
        Objects.requireNonNull(at, "at");
    }

    /** {@code sitegate-onsite-1Y101DRUNWB5Z-2026-11-23_1042.pdf}: sorts by time, several a day never clash. */
    String fileName() {
        return "sitegate-onsite-" + workplace.id() + "-" + FILE_TIME.format(LocalDateTime.ofInstant(at, BelgianTime.ZONE))
                + ".pdf";
    }

    ZonedDateTime atInBelgium() {
        return at.atZone(BelgianTime.ZONE);
    }
}
