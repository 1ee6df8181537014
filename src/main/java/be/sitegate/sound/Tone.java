package be.sitegate.sound;

/** The three bundled tones, named for the outcome each one tells (the kiosk maps its outcomes onto them). */
public enum Tone {
    /** Two rising bright notes. */
    REGISTERED,
    /** One middle note, three times: attention. */
    FLAGGED,
    /** Two low, rough, falling notes. */
    NOT_REGISTERED
}
