package be.sitegate.sync;

import be.sitegate.central.CentralError;
import be.sitegate.central.ItemResult;
import be.sitegate.domain.Remark;
import be.sitegate.store.DeliveryOutcome;
import java.util.List;
import java.util.Optional;

/** Turns the service's answer for one item into what the outbox stores. */
final class DeliveryOutcomes {

    private DeliveryOutcomes() {
    }

    static DeliveryOutcome of(ItemResult result) {
        if (result instanceof ItemResult.Created created) {
            // A FAILED registration has a receipt too: it is in order, with remarks to show.
            return new DeliveryOutcome.Accepted(created.clientReference(),
                    created.registration().presenceRegistrationId(), created.registration().remarks());
        }
        ItemResult.NotCreated notCreated = (ItemResult.NotCreated) result;
        Optional<String> existing = notCreated.existingRegistrationId();
        if (existing.isPresent()) {
            // The same person, workplace and day is already registered (e.g. through another channel): in order.
            return new DeliveryOutcome.Accepted(notCreated.clientReference(), existing.get(),
                    List.of(Remark.ALREADY_REGISTERED.text()));
        }
        return new DeliveryOutcome.Rejected(notCreated.clientReference(),
                notCreated.errors().stream().map(CentralError::summary).toList());
    }
}
