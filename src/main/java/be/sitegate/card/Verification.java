package be.sitegate.card;

import java.util.Optional;

/**
 * The integrity verdict for one card read.
 *
 * @param reason set when {@code outcome} is {@link VerificationOutcome#NOT_AUTHENTIC}
 * @param expired the validity end lies before today (reported even when not authentic)
 * @param notYetValid the validity begins after today
 */
public record Verification(VerificationOutcome outcome, Optional<NotAuthenticReason> reason, boolean expired,
        boolean notYetValid) {

    static Verification notAuthentic(NotAuthenticReason reason, boolean expired, boolean notYetValid) {
        return new Verification(VerificationOutcome.NOT_AUTHENTIC, Optional.of(reason), expired, notYetValid);
    }

    static Verification authentic(boolean expired, boolean notYetValid) {
        return new Verification(expired || notYetValid ? VerificationOutcome.EXPIRED : VerificationOutcome.AUTHENTIC,
                Optional.empty(), expired, notYetValid);
    }

    public boolean isAuthentic() {
        return outcome != VerificationOutcome.NOT_AUTHENTIC;
    }
}
