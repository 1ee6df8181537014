package be.sitegate.kiosk;

import be.sitegate.domain.ServiceRemark;
import java.util.List;

/** What the central service did with a request to cancel one registration. */
public sealed interface CancelOutcome {

    /** It no longer counts, also when it had been cancelled before: a cancellation sent twice is no error. */
    record Cancelled() implements CancelOutcome {
    }

    /** It still counts; the service's reasons, e.g. {@code UNKNOWN_REGISTRATION} for a receipt it does not know. */
    record NotCancelled(List<ServiceRemark> reasons) implements CancelOutcome {
        public NotCancelled {
            reasons = List.copyOf(reasons);
        }
    }
}
