package be.sitegate.sync;

import be.sitegate.central.CentralError;
import be.sitegate.central.ItemResult;
import be.sitegate.central.PresenceItem;
import be.sitegate.domain.Remark;
import be.sitegate.domain.ServiceRemark;
import be.sitegate.store.DeliveryOutcome;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Turns the service's answer for one item into what the outbox stores. */
final class DeliveryOutcomes {

    private DeliveryOutcomes() {
    }

    /** @param today the service's today when the answer came, to tell a late item from a wrong date */
    static DeliveryOutcome of(ItemResult result, PresenceItem sent, LocalDate today) {
        if (result instanceof ItemResult.Created created) {
            // A FAILED registration has a receipt too: it is in order, with remarks to show.
            // Sent without an employer (a Limosa worker's), the answer names the one the declaration gives.
            return new DeliveryOutcome.Accepted(created.clientReference(),
                    created.registration().presenceRegistrationId(),
                    created.registration().remarks().stream().map(ServiceRemark::remark).toList(),
                    sent.company().isEmpty() ? created.registration().company() : Optional.empty());
        }
        ItemResult.NotCreated notCreated = (ItemResult.NotCreated) result;
        Optional<String> existing = notCreated.existingRegistrationId();
        if (existing.isPresent()) {
            // The same person, workplace and day is already registered (e.g. through another channel): in order.
            return new DeliveryOutcome.Accepted(notCreated.clientReference(), existing.get(),
                    List.of(ServiceRemark.remark(Remark.ALREADY_REGISTERED.text())));
        }
        if (refusedOnlyForItsDate(notCreated) && sent.registrationDate().isBefore(today)) {
            // Its day ended on the way (a send at 23:59:59), or a late event the service does not take.
            return new DeliveryOutcome.Expired(notCreated.clientReference(),
                    "NOT_SENT_IN_TIME: the service refused the date " + sent.registrationDate() + " on " + today);
        }
        return new DeliveryOutcome.Rejected(notCreated.clientReference(),
                notCreated.errors().stream().map(e -> ServiceRemark.error(e.code(), e.description())).toList());
    }

    private static boolean refusedOnlyForItsDate(ItemResult.NotCreated notCreated) {
        return notCreated.errors().stream().allMatch(e -> e.known() == CentralError.Code.INVALID_DATE);
    }
}
