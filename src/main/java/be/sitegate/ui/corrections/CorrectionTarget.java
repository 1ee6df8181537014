package be.sitegate.ui.corrections;

import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import java.util.List;
import java.util.Objects;

/**
 * The person whose line the foreman tapped, with the records behind it as they stand now.
 *
 * @param name the name, or empty for a typed number
 * @param number the masked number (never the full one: the screen stands where anyone can see it)
 * @param earlier the line is a record of an earlier day, not one of today's people
 */
public record CorrectionTarget(String name, String number, String employer, List<Registration> registrations,
        List<PresenceEvent> events, boolean earlier) {

    public CorrectionTarget {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(employer, "employer");
        registrations = List.copyOf(registrations);
        events = List.copyOf(events);
    }

    /** What the screen calls them: the name, else the masked number. */
    public String who() {
        return name.isEmpty() ? number : name;
    }
}
