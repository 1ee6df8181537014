package be.sitegate.kiosk;

import be.sitegate.domain.IdentificationMethod;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One line of the "who is on site now" list, printed for an evacuation roll call: by employer,
 * then name. Carries the masked number only, as the screen shows it; a printed sheet lies around.
 *
 * @param since the registration (Checkinatwork) or the last IN (Check In and Out at Work)
 */
public record OnSiteNow(String name, String maskedNumber, String employer, Instant since, boolean otherChannel) {

    public OnSiteNow {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(maskedNumber, "maskedNumber");
        Objects.requireNonNull(employer, "employer");
        Objects.requireNonNull(since, "since");
    }

    private static final Comparator<OnSiteNow> ROLL_CALL = Comparator.comparing(OnSiteNow::employer)
            .thenComparing(OnSiteNow::name).thenComparing(OnSiteNow::maskedNumber);

    /** Everyone on site now among {@code people}, in roll-call order. */
    public static List<OnSiteNow> of(List<PersonDay> people) {
        return people.stream().filter(PersonDay::onSiteNow)
                .map(p -> new OnSiteNow(p.displayName().orElse(""), p.worker().masked(), p.employerName(),
                        p.lastSeen(), p.method() == IdentificationMethod.CENTRAL_SEARCH))
                .sorted(ROLL_CALL).toList();
    }
}
