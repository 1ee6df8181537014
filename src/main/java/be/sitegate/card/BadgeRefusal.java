package be.sitegate.card;

/** Why a contactless card gave no UID the kiosk may use; the UI says each in the worker's words. */
public enum BadgeRefusal {
    /** A chip that draws a new UID at every power-up ({@code 08 xx xx xx}): it never names the same badge twice. */
    RANDOM_UID,
    /** The reader does not know GET DATA for the UID ({@code 6A81} or {@code 6E00}). */
    NOT_SUPPORTED,
    /** The badge left the field before the reader answered. */
    REMOVED,
    /** The reader answered an error or a UID of a length no badge has. */
    FAILED
}
