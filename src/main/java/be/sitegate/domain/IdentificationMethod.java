package be.sitegate.domain;

/** How the worker identified at the kiosk; kept for the audit trail. */
public enum IdentificationMethod {
    EID_CARD,
    TYPED_NATIONAL_NUMBER,
    TYPED_LIMOSA,
    SCANNED_LIMOSA_QR,
    CENTRAL_SEARCH,
    /** Typed by the foreman or site manager for a worker (Checkinatwork only), recorded as a correction. */
    ON_BEHALF
}
