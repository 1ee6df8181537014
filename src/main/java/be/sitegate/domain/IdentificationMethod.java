package be.sitegate.domain;

/** How the worker identified at the kiosk; kept for the audit trail. */
public enum IdentificationMethod {
    EID_CARD,
    TYPED_NATIONAL_NUMBER,
    TYPED_LIMOSA,
    SCANNED_LIMOSA_QR,
    CENTRAL_SEARCH,
    /**
     * An enrolled contactless badge (issue 19): the holder proved who they are with their eID when
     * the badge was linked; the tap itself only names the badge, which proves nothing.
     */
    BADGE,
    /** Typed by the foreman or site manager for a worker (Checkinatwork only), recorded as a correction. */
    ON_BEHALF
}
