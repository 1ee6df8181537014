package be.sitegate.kiosk;

import java.util.Objects;

/** What the screens may do with badges: register a tap, link a badge, and the site manager's list. */
public record BadgeServices(BadgeTaps taps, BadgeEnrolment enrolment, BadgeRegister register) {
    public BadgeServices {
        Objects.requireNonNull(taps, "taps");
        Objects.requireNonNull(enrolment, "enrolment");
        Objects.requireNonNull(register, "register");
    }

    /** All three over one repository of links, as the composition root and the tests build them. */
    public static BadgeServices over(KioskSession session, BadgeLinkRepository links, RegistrationService registration,
            EmployerChoiceRepository choices, BadgeLinkPolicy policy) {
        return new BadgeServices(new BadgeTaps(session, links, registration),
                new BadgeEnrolment(session, links, choices, policy), new BadgeRegister(session, links));
    }
}
