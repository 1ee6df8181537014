package be.sitegate.ui.corrections;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.Correction;
import be.sitegate.domain.Delivery;
import be.sitegate.domain.DeliveryStatus;
import be.sitegate.domain.IdentificationMethod;
import be.sitegate.domain.Registration;
import be.sitegate.domain.WorkerId;
import be.sitegate.ui.shared.Msg;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which corrections a tapped line offers, and in plain words why none when it offers none:
 * <ul>
 * <li>withdraw: a Checkinatwork registration with its receipt, not withdrawn already (the service
 * cancels by receipt; an event of Check In and Out at Work is corrected through the employer);
 * <li>send again: today's record of this kiosk that the service refused (the service takes a
 * registration only on its day, and only this kiosk's outbox can send its own records), with another
 * employer when it is by national number (a Limosa declaration names its employer itself).
 * </ul>
 * A record not sent in time is not offered for sending again: the service takes no registration
 * after its day, so it could only be refused again.
 */
record CorrectionChoices(Optional<Registration> withdrawable, Optional<Resendable> resendable, Msg whyNone) {

    /** A refused record of this kiosk, and whether an employer is chosen for it. */
    record Resendable(ClientReference reference, LocalDate day, WorkerId worker, boolean withEmployer) {
    }

    static CorrectionChoices of(CorrectionTarget target, List<Correction> today) {
        Set<ClientReference> withdrawn = today.stream()
                .filter(c -> c.kind() == Correction.Kind.CANCEL && c.outcome() == Correction.Outcome.DONE)
                .map(Correction::reference).collect(Collectors.toSet());
        Optional<Registration> withdrawable = target.earlier() ? Optional.empty()
                : target.registrations().stream()
                        .filter(r -> r.delivery().status() == DeliveryStatus.ACCEPTED)
                        .filter(r -> r.delivery().receiptNumber().isPresent())
                        .filter(r -> !withdrawn.contains(r.reference()))
                        .findFirst();
        Optional<Resendable> resendable = target.earlier() ? Optional.empty() : refused(target);
        Msg why = withdrawable.isPresent() || resendable.isPresent() ? Msg.NONE : whyNone(target, withdrawn);
        return new CorrectionChoices(withdrawable, resendable, why);
    }

    private static Optional<Resendable> refused(CorrectionTarget target) {
        Optional<Resendable> registration = target.registrations().stream()
                .filter(r -> ownRefused(r.method(), r.delivery()))
                .map(r -> new Resendable(r.reference(), r.date(), r.worker(), r.worker() instanceof WorkerId.National))
                .findFirst();
        if (registration.isPresent()) {
            return registration;
        }
        return target.events().stream()
                .filter(e -> ownRefused(e.method(), e.delivery()))
                .reduce((first, second) -> second) // the latest: the one the worker's day now hangs on
                .map(e -> new Resendable(e.reference(), be.sitegate.domain.BelgianTime.dateOf(e.at()), e.worker(),
                        e.worker() instanceof WorkerId.National));
    }

    private static boolean ownRefused(IdentificationMethod method, Delivery delivery) {
        return method != IdentificationMethod.CENTRAL_SEARCH && delivery.status() == DeliveryStatus.REJECTED;
    }

    private static Msg whyNone(CorrectionTarget target, Set<ClientReference> withdrawn) {
        if (target.earlier()) {
            return Msg.of("corrections.none.earlier");
        }
        List<Delivery> deliveries = new java.util.ArrayList<>();
        target.registrations().forEach(r -> deliveries.add(r.delivery()));
        target.events().forEach(e -> deliveries.add(e.delivery()));
        if (target.registrations().stream().anyMatch(r -> withdrawn.contains(r.reference()))) {
            return Msg.of("corrections.none.withdrawn");
        }
        if (deliveries.stream().anyMatch(d -> d.status() == DeliveryStatus.EXPIRED)) {
            return Msg.of("corrections.none.expired");
        }
        if (deliveries.stream().anyMatch(d -> d.status().isWaiting())) {
            return Msg.of("corrections.none.waiting");
        }
        if (!target.events().isEmpty()) {
            return Msg.of("corrections.none.events");
        }
        return Msg.of("corrections.none.other");
    }
}
