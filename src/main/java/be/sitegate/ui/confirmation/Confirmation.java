package be.sitegate.ui.confirmation;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Company;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.Direction;
import be.sitegate.domain.OutReason;
import be.sitegate.domain.PresenceEvent;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.kiosk.RegistrationStep;
import be.sitegate.ui.shared.Msg;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the confirmation screen says about one stored registration or event: the headline,
 * who (the card's name, else the masked number), for whom, when, and how its delivery stands.
 *
 * @param event a Check In and Out event (its headline says start, break or end), not a registration
 * @param limosa registered by a Limosa number, whose declaration names the employer
 */
public record Confirmation(Msg headline, String name, String maskedId, Optional<Company> employer, Instant at,
        ClientReference reference, Delivery delivery, boolean earlierToday, Msg notice, boolean event,
        boolean limosa) {

    public Confirmation {
        Objects.requireNonNull(headline, "headline");
        Objects.requireNonNull(notice, "notice");
    }

    /**
     * What a stored step says: a new registration, the earlier one of today, or a Check In and Out
     * event. {@code notice} is about the card (expired, say), or none.
     */
    public static Confirmation of(RegistrationStep step, Msg notice) {
        if (step instanceof RegistrationStep.Registered r) {
            return of(Msg.of("confirm.registered.title"), r.registration(), r.employer(), false, notice);
        }
        if (step instanceof RegistrationStep.AlreadyRegistered r) {
            return of(Msg.of("confirm.already.title"), r.registration(), r.employer(), true, notice);
        }
        if (step instanceof RegistrationStep.EventRecorded e) {
            PresenceEvent event = e.event();
            return new Confirmation(headlineFor(event), event.displayName().orElse(event.worker().masked()),
                    event.worker().masked(), e.employer(), event.at(), event.reference(), event.delivery(), false,
                    notice, true, event.worker() instanceof WorkerId.Limosa);
        }
        throw new IllegalArgumentException("a question, nothing stored yet: " + step.getClass().getSimpleName());
    }

    private static Confirmation of(Msg headline, Registration r, Optional<Company> employer, boolean earlier,
            Msg notice) {
        return new Confirmation(headline, r.displayName().orElse(r.worker().masked()), r.worker().masked(), employer,
                r.registeredAt(), r.reference(), r.delivery(), earlier, notice, false,
                r.worker() instanceof WorkerId.Limosa);
    }

    private static Msg headlineFor(PresenceEvent event) {
        if (event.direction() == Direction.IN) {
            return Msg.of("confirm.in.title");
        }
        return Msg.of(event.outReason().orElse(OutReason.END_OF_WORK) == OutReason.BREAK
                ? "confirm.break.title" : "confirm.end.title");
    }
}
