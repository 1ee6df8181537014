package be.sitegate.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outbox state of one record: how far it got towards the central service.
 *
 * @param receiptNumber the central registration id once ACCEPTED
 * @param remarks the service's validation remarks on an ACCEPTED record, or its reasons for a REJECTED one
 * @param lastError the last transport or server error (e.g. {@code OUTAGE (HTTP 503)}), or why it EXPIRED
 * @param acknowledged when someone at the kiosk acknowledged a REJECTED or EXPIRED record
 * @param serviceEmployer the employer the service recorded for a record sent without one (a Limosa
 *     worker's, from the declaration), once it answered
 * @param withdrawal when the service cancelled this registration at the site manager's request, and why
 */
public record Delivery(
        DeliveryStatus status,
        int attempts,
        Optional<String> receiptNumber,
        List<ServiceRemark> remarks,
        Optional<String> lastError,
        Instant updatedAt,
        Optional<Instant> acknowledged,
        Optional<EnterpriseNumber> serviceEmployer,
        Optional<Withdrawal> withdrawal) {

    public Delivery {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(receiptNumber, "receiptNumber");
        remarks = List.copyOf(remarks);
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Objects.requireNonNull(acknowledged, "acknowledged");
        Objects.requireNonNull(serviceEmployer, "serviceEmployer");
        Objects.requireNonNull(withdrawal, "withdrawal");
    }

    /** A record whose employer the kiosk sent, or that the service has not answered yet; not withdrawn. */
    public Delivery(DeliveryStatus status, int attempts, Optional<String> receiptNumber, List<ServiceRemark> remarks,
            Optional<String> lastError, Instant updatedAt, Optional<Instant> acknowledged) {
        this(status, attempts, receiptNumber, remarks, lastError, updatedAt, acknowledged, Optional.empty(),
                Optional.empty());
    }

    public static Delivery pending(Instant now) {
        return new Delivery(DeliveryStatus.PENDING, 0, Optional.empty(), List.of(), Optional.empty(), now,
                Optional.empty());
    }

    public static Delivery accepted(String receiptNumber, List<ServiceRemark> remarks, Instant at) {
        return new Delivery(DeliveryStatus.ACCEPTED, 1, Optional.of(receiptNumber), remarks, Optional.empty(), at,
                Optional.empty());
    }

    /** Registered, then cancelled at the service at the site manager's request. */
    public boolean withdrawn() {
        return withdrawal.isPresent();
    }

    /** REJECTED or EXPIRED and nobody has acknowledged it yet: the foreman must look at it. */
    public boolean needsAttention() {
        return (status == DeliveryStatus.REJECTED || status == DeliveryStatus.EXPIRED) && acknowledged.isEmpty();
    }
}
