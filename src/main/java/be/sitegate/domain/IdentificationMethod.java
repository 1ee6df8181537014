package be.sitegate.domain;

/**
 * How the worker identified at the kiosk; kept for the audit trail, and shown to an inspector beside
 * each registration (issue 19.5) because the ways differ in what they prove. Declared from the
 * strongest to the weakest, the order the exports' totals use.
 */
public enum IdentificationMethod {
    /** An eID whose files the national register signed and whose chip signed this insertion's challenge (applet 1.8). */
    EID_CHIP_PROVEN,
    /** An eID whose files the national register signed; its chip could not be challenged (applet 1.7). */
    EID_CARD,
    /**
     * An enrolled contactless badge (issue 19): the holder proved who they are with their eID when
     * the badge was linked; the tap itself only names the badge, which proves nothing.
     */
    BADGE,
    TYPED_NATIONAL_NUMBER,
    TYPED_LIMOSA,
    SCANNED_LIMOSA_QR,
    CENTRAL_SEARCH,
    /** Typed by the foreman or site manager for a worker (Checkinatwork only), recorded as a correction. */
    ON_BEHALF
}
