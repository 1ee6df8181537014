package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import be.sitegate.domain.EnterpriseNumber;
import be.sitegate.domain.ServiceRemark;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What one attempt to deliver one record came to. */
public sealed interface DeliveryOutcome {

    ClientReference reference();

    /**
     * The service gave a receipt number (possibly validated with remarks), and for a record sent
     * without an employer the one it recorded ({@code serviceEmployer}).
     */
    record Accepted(ClientReference reference, String receiptNumber, List<ServiceRemark> remarks,
            Optional<EnterpriseNumber> serviceEmployer) implements DeliveryOutcome {
        public Accepted {
            remarks = List.copyOf(remarks);
            Objects.requireNonNull(serviceEmployer, "serviceEmployer");
        }

        public Accepted(ClientReference reference, String receiptNumber, List<ServiceRemark> remarks) {
            this(reference, receiptNumber, remarks, Optional.empty());
        }
    }

    /** The service refused this record; sending the same data again would not help. */
    record Rejected(ClientReference reference, List<ServiceRemark> errors) implements DeliveryOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }

    /** No usable answer (network, server error, outage): waits again, due from {@code nextAttemptAt}. */
    record Failed(ClientReference reference, String error, Instant nextAttemptAt) implements DeliveryOutcome {
    }

    /** Its day has passed before it could be sent: never sent with another date, kept until acknowledged. */
    record Expired(ClientReference reference, String reason) implements DeliveryOutcome {
    }
}
