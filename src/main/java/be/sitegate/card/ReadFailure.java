package be.sitegate.card;

/** Why a card could not be read; the UI translates each code into words for the worker. */
public enum ReadFailure {
    /** The card was pulled (or reset) before the read finished: insert it again. */
    CARD_REMOVED,
    /** The card is not a Belgian eID (unknown ATR when required, or the eID files are missing). */
    NOT_AN_EID,
    /** A file on the card does not follow its format. */
    CORRUPT_FILE,
    /** The national number on the card breaks the INSS rules. */
    INVALID_NATIONAL_NUMBER,
    /** The card did not answer within the time limit. */
    TIMED_OUT,
    /** The card refused a command (unexpected status word). */
    CARD_ERROR,
    /** The PC/SC service or reader failed. */
    PCSC_ERROR
}
