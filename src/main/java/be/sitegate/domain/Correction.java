package be.sitegate.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One change a foreman or site manager made to the day's records, kept for the inspection: who,
 * when, to which record, and how it ended.
 *
 * @param actor who did it, as the kiosk knows them (the PIN holder on the kiosk opened by a user name)
 * @param detail the cancellation reason, or the corrected employer's number
 * @param outcomeDetail the service's refusal, or why it could not be sent
 */
public record Correction(
        Instant at,
        String actor,
        Kind kind,
        ClientReference reference,
        WorkplaceId workplace,
        LocalDate day,
        Optional<String> detail,
        Outcome outcome,
        Optional<String> outcomeDetail) {

    public enum Kind {
        /** A registration withdrawn at the service. */
        CANCEL,
        /** A refused record sent again, perhaps with another employer. */
        RESEND,
        /** A registration typed for a worker. */
        ON_BEHALF
    }

    public enum Outcome {
        DONE,
        /** The service said no; the record is unchanged. */
        REFUSED,
        /** The service could not be reached; nothing changed, try again. */
        NOT_SENT
    }

    public Correction {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(workplace, "workplace");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(detail, "detail");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(outcomeDetail, "outcomeDetail");
    }
}
