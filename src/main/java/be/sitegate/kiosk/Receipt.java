package be.sitegate.kiosk;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.ServiceRemark;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A registration as the central service holds it now, found by its receipt number: how its
 * validation stands and with which remarks. A receipt number alone says only that it was
 * registered; the service validates afterwards and may add remarks.
 *
 * @param clientReference the reference of the kiosk that sent it, when one did
 */
public record Receipt(String number, Optional<ClientReference> clientReference, Status status,
        List<ServiceRemark> remarks) {

    public Receipt {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(clientReference, "clientReference");
        Objects.requireNonNull(status, "status");
        remarks = List.copyOf(remarks);
    }

    public enum Status {
        /** Registered, not validated yet. */
        REGISTERED,
        VALIDATED,
        /** In order (it has its receipt), but validation found what the remarks say. */
        VALIDATED_WITH_REMARKS,
        CANCELLED
    }
}
