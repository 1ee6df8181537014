package be.sitegate.store;

import be.sitegate.domain.ClientReference;
import java.time.Instant;
import java.util.List;

/** What one attempt to deliver one record came to. */
public sealed interface DeliveryOutcome {

    ClientReference reference();

    /** The service gave a receipt number (possibly validated with remarks). */
    record Accepted(ClientReference reference, String receiptNumber, List<String> remarks) implements DeliveryOutcome {
        public Accepted {
            remarks = List.copyOf(remarks);
        }
    }

    /** The service refused the record; sending it again would not help. */
    record Rejected(ClientReference reference, List<String> errors) implements DeliveryOutcome {
        public Rejected {
            errors = List.copyOf(errors);
        }
    }

    /** No usable answer (network, server error, outage): try again from {@code nextAttemptAt}. */
    record Failed(ClientReference reference, String error, Instant nextAttemptAt) implements DeliveryOutcome {
    }
}
