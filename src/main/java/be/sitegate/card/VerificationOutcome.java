package be.sitegate.card;

/** What the kiosk may conclude from a card's signatures and dates. */
public enum VerificationOutcome {
    /** Signed by the national register through a trusted root, and within its validity dates. */
    AUTHENTIC,
    /** Authentic but the validity ended (or has not begun): it still identifies the holder. */
    EXPIRED,
    /** A signature or the certificate chain failed: the data cannot be trusted. */
    NOT_AUTHENTIC
}
