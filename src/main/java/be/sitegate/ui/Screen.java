package be.sitegate.ui;

/** The kiosk's screens; one is shown at a time. */
public enum Screen {
    INITIALISATION,
    IDLE,
    READING,
    CONFIRMATION,
    MESSAGE,
    TYPED_ENTRY,
    EMPLOYER_CHOICE,
    BREAK_OR_END,
    /** What linking a badge keeps and until when, with the worker's consent (issue 19). */
    BADGE_CONSENT,
    /** "Hold your badge on the reader", after the worker agreed. */
    BADGE_HOLD,
    /** The foreman's list of today's registrations. */
    ATTENDANCE,
    /** The PIN door in front of the foreman's and site manager's screens. */
    PIN,
    /** The site manager's administration: connection, queue, reader, send now, exit (issue 14). */
    ADMIN,
    /** The site manager's badge links behind the PIN: list, revoke, export (issue 19). */
    BADGE_LINKS,
    /** The foreman's corrections of a line of the list: withdraw, send again, and today's corrections (issue 14). */
    CORRECTIONS,
    /** The keypad for a registration on a worker's behalf (Checkinatwork only). */
    ON_BEHALF_ENTRY,
    /** The employer of a registration on a worker's behalf, or of a refused one sent again. */
    CORRECTION_EMPLOYER
}
